import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { record } from '../../../core/wsapi/dto-readers';
import { injectOrganizationResource } from '../organization-resource';

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
  private readonly configuration = injectOrganizationResource(
    CONFIGURATION_SUFFIX,
    toConfigurationMap,
  );

  get(organizationId: string): Observable<ConfigurationMap> {
    return this.configuration.get(organizationId);
  }

  update(organizationId: string, changes: ConfigurationMap): Observable<ConfigurationMap> {
    return this.configuration.put(organizationId, { configuration: changes });
  }
}

/** `{ organization_id, configuration: { … } }` (GET and PUT alike) → the map; anything else → `{}`. */
export function toConfigurationMap(dto: unknown): ConfigurationMap {
  return record(record(dto)['configuration']) as ConfigurationMap;
}
