import { CountryCode } from '../../../shared/forms/countries';

/** A country a merchant can be billed in (and boarded in): one of the portal's `COUNTRIES`. */
export type BillingCountry = CountryCode;

export interface BillingAddress {
  readonly line1: string;
  readonly line2: string;
  readonly city: string;
  readonly region: string;
  readonly postalCode: string;
  /** `US` or `CA`; empty when the server sent nothing usable. */
  readonly country: BillingCountry | '';
}

/** What the portal ever knows of a stored bank account: never the full account number. */
export interface BankAccountSummary {
  readonly accountHolder: string;
  readonly routingNumber: string;
  readonly accountLast4: string;
}

/** A merchant's billing information, as `GET /Organizations/{id}/Billing` describes it. */
export interface Billing {
  readonly organizationId: string;
  readonly contactName: string;
  readonly email: string;
  readonly phone: string;
  readonly address: BillingAddress;
  readonly bankAccount: BankAccountSummary | null;
  /** The instant of the last change (the WSAPI's `yyyyMMddHHmmss` UTC, parsed); null if never. */
  readonly updatedAt: Date | null;
}

/**
 * A new bank account as typed. It holds the full account number: it lives only in the form and
 * in the request body built from it, never in a store, a signal or a log.
 */
export interface BankAccountInput {
  readonly accountHolder: string;
  readonly routingNumber: string;
  readonly accountNumber: string;
}

/** What a billing form submits; `bankAccount` absent keeps the stored account. */
export interface BillingDraft {
  readonly contactName: string;
  readonly email: string;
  readonly phone: string;
  readonly address: BillingAddress & { readonly country: BillingCountry };
  readonly bankAccount?: BankAccountInput;
}
