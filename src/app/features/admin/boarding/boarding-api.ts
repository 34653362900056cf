import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, defer, map } from 'rxjs';
import { idempotent } from '../../../core/wsapi/idempotency-key';
import { injectWsapiUrl } from '../../../core/wsapi/wsapi-endpoint';
import { record } from '../../../core/wsapi/dto-readers';
import { OrganizationDetail } from '../admin.model';
import { ORGANIZATIONS_RESOURCE, toOrganizationDetail } from '../organizations-api';
import { toBillingBody } from '../billing/billing-api';
import { BILLING_SERVER_FIELDS } from '../billing/billing-form';
import { BankAccountInput, BillingCountry, BillingDraft } from '../billing/billing.model';

export type ProcessorName = 'Vantiv' | 'Moneris';

export const PROCESSORS: readonly { readonly name: ProcessorName; readonly note: string }[] = [
  { name: 'Vantiv', note: 'usually for US merchants' },
  { name: 'Moneris', note: 'usually for Canadian merchants' },
];

/** A merchant to board; `billing.bankAccount` is required here. */
export interface BoardingDraft {
  readonly name: string;
  readonly processor: ProcessorName;
  readonly country: BillingCountry;
  /** A sys admin's chosen parent; null for a top-level merchant, or for an admin (their own). */
  readonly parentOrganizationId: string | null;
  readonly billing: BillingDraft & { readonly bankAccount: BankAccountInput };
}

/**
 * `POST /WSAPI/Organizations`: boards a merchant with its billing information. Never retried
 * (neither here nor by the interceptors); the caller's `Idempotency-Key` makes a resend of the same
 * boarding (after a lost answer) return the first result instead of a second merchant. Failures
 * reach the caller for `toAdminError`.
 */
@Injectable({ providedIn: 'root' })
export class BoardingApi {
  private readonly http = inject(HttpClient);
  private readonly url = injectWsapiUrl();

  board(draft: BoardingDraft, idempotencyKey: string): Observable<OrganizationDetail> {
    return defer(() =>
      this.http.post<unknown>(this.url(ORGANIZATIONS_RESOURCE), toBoardingBody(draft), {
        headers: idempotent(idempotencyKey),
      }),
    ).pipe(map((dto) => toOrganizationDetail(record(record(dto)['organization']))));
  }
}

export function toBoardingBody(draft: BoardingDraft) {
  return {
    name: draft.name,
    processor: draft.processor,
    country: draft.country,
    ...(draft.parentOrganizationId ? { parent_organization_id: draft.parentOrganizationId } : {}),
    billing: toBillingBody(draft.billing),
  };
}

/** The WSAPI's field names in a boarding request → the boarding form's control paths. */
export const BOARDING_SERVER_FIELDS: Readonly<Record<string, string>> = {
  name: 'name',
  processor: 'processor',
  country: 'country',
  parent_organization_id: 'parentOrganizationId',
  ...Object.fromEntries(
    Object.entries(BILLING_SERVER_FIELDS).map(([field, path]) => [
      `billing.${field}`,
      `billing.${path}`,
    ]),
  ),
  // The page chooses the country once, for the merchant and its billing address alike.
  'billing.address.country': 'country',
};
