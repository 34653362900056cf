import { Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { parseWsapiTimestamp } from '../../../core/wsapi/wsapi-timestamp';
import { DtoRecord, idText, optionalRecord, record, text } from '../../../core/wsapi/dto-readers';
import { postalAddressBody, toPostalAddress } from '../../../core/wsapi/postal-address';
import { injectOrganizationResource } from '../organization-resource';
import { isCountryCode } from '../../../shared/forms/countries';
import { BankAccountSummary, Billing, BillingCountry, BillingDraft } from './billing.model';

export const BILLING_SUFFIX = '/Billing';

/**
 * The WSAPI's `/Organizations/{id}/Billing` (read, replace), in the signed-in admin's scope.
 * Failures reach the caller as HTTP errors for `toAdminError`; a PUT is never retried.
 */
@Injectable({ providedIn: 'root' })
export class BillingApi {
  private readonly billing = injectOrganizationResource(BILLING_SUFFIX, toBillingResponse);

  get(organizationId: string): Observable<Billing> {
    return this.billing.get(organizationId);
  }

  update(organizationId: string, draft: BillingDraft): Observable<Billing> {
    return this.billing.put(organizationId, toBillingBody(draft));
  }
}

/** `{ billing }` → `Billing`. */
export function toBillingResponse(dto: unknown): Billing {
  return toBilling(record(record(dto)['billing']));
}

export function toBilling(dto: DtoRecord): Billing {
  const address = record(dto['address']);
  const updatedAt = parseWsapiTimestamp(dto['updated_at']);
  return {
    organizationId: idText(dto['organization_id']),
    contactName: text(dto['contact_name']),
    email: text(dto['email']),
    phone: idText(dto['phone']),
    address: { ...toPostalAddress(address), country: toCountry(address['country']) },
    bankAccount: toBankAccount(dto['bank_account']),
    updatedAt: updatedAt === null ? null : new Date(updatedAt),
  };
}

function toCountry(value: unknown): BillingCountry | '' {
  const country = text(value).trim().toUpperCase();
  return isCountryCode(country) ? country : '';
}

/** Only the holder, the routing number and the last four digits: nothing else is ever read. */
function toBankAccount(value: unknown): BankAccountSummary | null {
  const dto = optionalRecord(value);
  if (!dto) return null;
  const last4 = idText(dto['account_last4']);
  return {
    accountHolder: text(dto['account_holder']),
    routingNumber: idText(dto['routing_number']),
    accountLast4: /^\d{4}$/.test(last4) ? last4 : '',
  };
}

/** The PUT body (and boarding's `billing`): `bank_account` only when a new one was typed. */
export function toBillingBody(draft: BillingDraft) {
  const { address, bankAccount } = draft;
  return {
    contact_name: draft.contactName,
    email: draft.email,
    phone: draft.phone,
    address: postalAddressBody(address),
    ...(bankAccount
      ? {
          bank_account: {
            account_holder: bankAccount.accountHolder,
            routing_number: bankAccount.routingNumber,
            account_number: bankAccount.accountNumber,
          },
        }
      : {}),
  };
}
