import { SaleTotals } from './sale-totals';

/** The tenders the WSAPI records; the configuration says which of them this account takes. */
export type Tender = 'Cash' | 'Card';

export type SaleLineRequest =
  { readonly amount: number } | { readonly itemId: string; readonly quantity: number };

/**
 * A sale as submitted, without the card. Keys whose configuration flag is off are absent: the
 * WSAPI refuses a tip, tax rate or discount the account may not use, even at zero.
 */
export interface SaleRequest {
  readonly lines: readonly SaleLineRequest[];
  readonly tender: Tender;
  readonly tip?: number;
  readonly taxRateMilli?: number;
  readonly discount?: number;
}

/**
 * A manually entered card. Lives in the card fields and, for the length of one request, in
 * `PendingCard`: never in the store, an action, storage or a log.
 */
export interface CardDetails {
  readonly number: string;
  readonly expiry: string;
  readonly cvv?: string;
  readonly postalCode?: string;
}

/** The card brands the WSAPI takes (and `card-rules.ts` recognises from a number). */
export type CardBrand = 'Visa' | 'Mastercard' | 'Amex' | 'Discover';

export interface SaleResultLine {
  readonly description: string;
  readonly quantity: number;
  readonly unitPrice: number;
  readonly amount: number;
}

/** The WSAPI's answer to a sale: approved or declined, with the server's own totals. */
export interface SaleResult extends SaleTotals {
  readonly id: string;
  readonly status: string;
  readonly createdAt: string;
  readonly currency: string;
  readonly tender: string;
  readonly card: { readonly brand: CardBrand | string; readonly last4: string } | null;
  readonly approvalCode: string | null;
  readonly decline: { readonly code: string; readonly message: string } | null;
  readonly lines: readonly SaleResultLine[];
}
