/**
 * The Transactions feature's domain: what the WSAPI's transaction JSON means once mapped.
 * Amounts are integer minor units of the transaction's currency; instants are epoch ms (UTC).
 */
export const TRANSACTION_STATUSES = [
  'approved',
  'declined',
  'voided',
  'partially_refunded',
  'refunded',
] as const;
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];

export const TENDERS = ['Cash', 'Card'] as const;
export type Tender = (typeof TENDERS)[number];

export type TransactionType = 'sale' | 'refund';

export interface CardSummary {
  readonly brand: string;
  readonly last4: string;
}

export interface Decline {
  readonly code: string;
  readonly message: string;
}

export interface Transaction {
  readonly id: string;
  readonly type: TransactionType;
  readonly status: TransactionStatus;
  /** A refund's sale. */
  readonly parentId: string | null;
  readonly createdAt: number | null;
  readonly settled: boolean;
  readonly voidedAt: number | null;
  readonly userName: string;
  readonly currency: string;
  readonly tender: string;
  readonly card: CardSummary | null;
  readonly approvalCode: string | null;
  readonly decline: Decline | null;
  readonly subtotal: number;
  readonly discount: number;
  /** Percent, e.g. 8.25. */
  readonly taxRate: number;
  readonly tax: number;
  readonly tip: number;
  /** A sale's total; a refund's amount refunded (positive). */
  readonly total: number;
  readonly refunded: number;
  /** What may still be refunded (0 unless an approved or partially refunded sale). */
  readonly refundable: number;
  /** An approved sale with nothing refunded, not yet settled. */
  readonly voidable: boolean;
}

export interface TransactionLine {
  readonly description: string;
  readonly sku: string | null;
  readonly unitPrice: number;
  readonly quantity: number;
  readonly amount: number;
}

export interface RefundEntry {
  readonly id: string;
  readonly amount: number;
  readonly createdAt: number | null;
  readonly userName: string;
}

export interface TransactionDetail extends Transaction {
  readonly lines: readonly TransactionLine[];
  readonly refunds: readonly RefundEntry[];
}

export interface TransactionPage {
  readonly transactions: readonly Transaction[];
  readonly page: number;
  readonly pageSize: number;
  readonly totalCount: number;
  readonly totalPages: number;
}

export const STATUS_LABELS: Record<TransactionStatus, string> = {
  approved: 'Approved',
  declined: 'Declined',
  voided: 'Voided',
  partially_refunded: 'Partially refunded',
  refunded: 'Refunded',
};

/** What a user does to a transaction; the key makes a retried request act at most once. */
export type TransactionAction =
  | {
      readonly kind: 'refund';
      readonly transactionId: string;
      readonly amount: number;
      /** Put the sold items back in stock (only with a refund of everything that remains). */
      readonly restock: boolean;
      readonly idempotencyKey: string;
    }
  | { readonly kind: 'void'; readonly transactionId: string; readonly idempotencyKey: string }
  | {
      readonly kind: 'receipt';
      readonly transactionId: string;
      readonly email: string;
      readonly idempotencyKey: string;
    };

/** What the last action did, for the page to say. */
export type ActionOutcome =
  | { readonly kind: 'refunded'; readonly amount: number; readonly currency: string }
  | { readonly kind: 'voided' }
  | { readonly kind: 'receipt-sent'; readonly email: string };

/** A detail as a history row: the same fields without its lines and refunds. */
export function rowOf(transaction: Transaction): Transaction {
  const row: { -readonly [K in keyof TransactionDetail]?: TransactionDetail[K] } = {
    ...transaction,
  };
  delete row.lines;
  delete row.refunds;
  return row as Transaction;
}
