import { HttpClient } from '@angular/common/http';
import { inject } from '@angular/core';
import { Observable, defer, map } from 'rxjs';
import { injectWsapiUrl } from '../../core/wsapi/wsapi-endpoint';
import { organizationUrl } from './organizations-api';

/** Reading and replacing one sub-resource of an organization (`/Organizations/{id}<suffix>`). */
export interface OrganizationResource<T> {
  get(organizationId: string): Observable<T>;
  /** Sends `body` once (never retried here); the answer is read like a GET's. */
  put(organizationId: string, body: unknown): Observable<T>;
}

/**
 * For an admin API (call it in an injection context): GET and PUT of `/Organizations/{id}<suffix>`,
 * each answer read by `read`. A request is made when subscribed to, once per subscription.
 */
export function injectOrganizationResource<T>(
  suffix: string,
  read: (dto: unknown) => T,
): OrganizationResource<T> {
  const http = inject(HttpClient);
  const url = injectWsapiUrl();
  const at = (organizationId: string) => organizationUrl(url, organizationId, suffix);
  return {
    get: (organizationId) => defer(() => http.get<unknown>(at(organizationId))).pipe(map(read)),
    put: (organizationId, body) =>
      defer(() => http.put<unknown>(at(organizationId), body)).pipe(map(read)),
  };
}
