import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, defer, map } from 'rxjs';
import { injectWsapiUrl } from '../../../core/wsapi/wsapi-endpoint';
import { record } from '../../../core/wsapi/dto-readers';
import { organizationUrl } from '../organizations-api';

/** A JSON value as the WSAPI sends it in a configuration map. */
export type JsonValue =
  boolean | number | string | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** An organization's configuration: every key (flat, dotted) with its JSON value. */
export type ConfigurationMap = Readonly<Record<string, JsonValue>>;

export const CONFIGURATION_SUFFIX = '/Configuration';

/**
 * `/Organizations/{id}/Configuration`: read by admins and system administrators in scope,
 * changed by system administrators only. A change names only the keys it changes, each keeping
 * its JSON kind; the answer is the organization's whole new map. Never retried here (the
 * interceptors retry the GET only).
 */
@Injectable({ providedIn: 'root' })
export class ConfigurationApi {
  private readonly http = inject(HttpClient);
  private readonly url = injectWsapiUrl();

  get(organizationId: string): Observable<ConfigurationMap> {
    return defer(() =>
      this.http.get<unknown>(organizationUrl(this.url, organizationId, CONFIGURATION_SUFFIX)),
    ).pipe(map(toConfigurationMap));
  }

  update(organizationId: string, changes: ConfigurationMap): Observable<ConfigurationMap> {
    return defer(() =>
      this.http.put<unknown>(organizationUrl(this.url, organizationId, CONFIGURATION_SUFFIX), {
        configuration: changes,
      }),
    ).pipe(map(toConfigurationMap));
  }
}

/** `{ organization_id, configuration: { … } }` (GET and PUT alike) → the map; anything else → `{}`. */
export function toConfigurationMap(dto: unknown): ConfigurationMap {
  return record(record(dto)['configuration']) as ConfigurationMap;
}
