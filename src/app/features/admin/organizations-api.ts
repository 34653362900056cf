import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, defer, map } from 'rxjs';
import { parseWsapiTimestamp } from '../../core/wsapi/wsapi-timestamp';
import { injectWsapiUrl } from '../../core/wsapi/wsapi-endpoint';
import { DtoRecord, idText, optionalText, record, text } from '../../core/wsapi/dto-readers';
import { toPage } from './admin-dto';
import { AuditEntry, Organization, OrganizationDetail, Page } from './admin.model';

export const ORGANIZATIONS_RESOURCE = '/Organizations';
export const AUDIT_LOG_RESOURCE = '/AuditLog';

export interface PageRequest {
  readonly page: number;
  readonly pageSize: number;
}

export interface OrganizationQuery extends PageRequest {
  /** Name (any case), organization id, chain id or store id; blank for all. */
  readonly q: string;
}

/**
 * The WSAPI's `/Organizations` (list, one) and `/AuditLog`, in the signed-in admin's scope. The
 * interceptors add the Roam headers and the token and retry reads; failures reach the caller as
 * HTTP errors for `toAdminError`.
 */
@Injectable({ providedIn: 'root' })
export class OrganizationsApi {
  private readonly http = inject(HttpClient);
  private readonly url = injectWsapiUrl();

  list(query: OrganizationQuery): Observable<Page<Organization>> {
    let params = new HttpParams().set('page', query.page).set('page_size', query.pageSize);
    if (query.q.trim()) params = params.set('q', query.q.trim());
    return defer(() => this.http.get<unknown>(this.url(ORGANIZATIONS_RESOURCE), { params })).pipe(
      map((dto) => toPage(dto, 'organizations', toOrganization, query)),
    );
  }

  get(organizationId: string): Observable<OrganizationDetail> {
    return defer(() => this.http.get<unknown>(organizationUrl(this.url, organizationId))).pipe(
      map((dto) => toOrganizationDetail(record(dto))),
    );
  }

  auditLog(request: PageRequest): Observable<Page<AuditEntry>> {
    const params = new HttpParams().set('page', request.page).set('page_size', request.pageSize);
    return defer(() => this.http.get<unknown>(this.url(AUDIT_LOG_RESOURCE), { params })).pipe(
      map((dto) => toPage(dto, 'entries', toAuditEntry, request)),
    );
  }
}

/** `/Organizations/{id}` (plus `suffix`, e.g. `/Billing`), the id encoded. */
export function organizationUrl(
  url: (path: string) => string,
  organizationId: string,
  suffix = '',
): string {
  return url(`${ORGANIZATIONS_RESOURCE}/${encodeURIComponent(organizationId)}${suffix}`);
}

export function toOrganization(dto: DtoRecord): Organization {
  const processor = record(dto['processor']);
  return {
    organizationId: idText(dto['organization_id']),
    parentOrganizationId: optionalText(dto['parent_organization_id'], idText),
    name: text(dto['name']),
    organizationType: text(dto['organization_type']),
    status: text(dto['status']) || 'unknown',
    chainId: idText(dto['chain_id']),
    storeId: idText(dto['store_id']),
    terminalId: idText(dto['terminal_id']),
    processor: text(processor['name'])
      ? { name: text(processor['name']), profile: text(processor['processor_profile']) }
      : null,
  };
}

export function toOrganizationDetail(dto: DtoRecord): OrganizationDetail {
  const parent = record(dto['parent']);
  const children = dto['submerchant_ids'];
  return {
    ...toOrganization(dto),
    parent: idText(parent['organization_id'])
      ? { organizationId: idText(parent['organization_id']), name: text(parent['name']) }
      : null,
    submerchantIds: Array.isArray(children) ? children.map(idText).filter(Boolean) : [],
  };
}

function toAuditEntry(dto: DtoRecord): AuditEntry {
  const at = parseWsapiTimestamp(dto['at']);
  return {
    id: idText(dto['id']),
    at: at === null ? null : new Date(at),
    actorUserName: text(record(dto['actor'])['user_name']),
    action: text(dto['action']),
    organizationId: optionalText(dto['organization_id'], idText),
    targetUserName: optionalText(record(dto['target_user'])['user_name']),
    details: record(dto['details']),
  };
}
