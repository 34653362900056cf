/**
 * The transaction record (sales and refunds, as the rest of the sandbox sees them) and its
 * mapping to and from a row of the `transactions` table.
 */
export type TransactionType = 'sale' | 'refund';
export type TransactionStatus =
  'approved' | 'declined' | 'voided' | 'partially_refunded' | 'refunded';
export type Tender = 'Cash' | 'Card';

export const TRANSACTION_STATUSES: readonly TransactionStatus[] = [
  'approved',
  'declined',
  'voided',
  'partially_refunded',
  'refunded',
];

/** A line of a sale, as recorded (an inventory line keeps a snapshot of the item). */
export interface SaleLine {
  item_id: string | null;
  sku: string | null;
  description: string;
  unit_price: number;
  quantity: number;
  tax_exempt: boolean;
  amount: number;
}

export interface TransactionRecord {
  seq: number;
  id: string;
  organizationId: string;
  userId: number | null;
  userName: string;
  type: TransactionType;
  parentId: string | null;
  status: TransactionStatus;
  tender: Tender;
  cardBrand: string | null;
  cardLast4: string | null;
  avsResult: string | null;
  cvvResult: string | null;
  approvalCode: string | null;
  declineCode: string | null;
  currency: string;
  lines: SaleLine[];
  subtotal: number;
  discount: number;
  /** Thousandths of a percent (8.25 % = 8250). */
  taxRate: number;
  tax: number;
  tip: number;
  total: number;
  refunded: number;
  restocked: boolean;
  createdAt: number;
  settlesAt: number;
  voidedAt: number | null;
}

export type NewTransaction = Omit<TransactionRecord, 'seq'>;

/** A row of the `transactions` table. */
export interface TransactionRow {
  seq: number;
  id: string;
  organization_id: string;
  user_id: number | null;
  user_name: string;
  type: TransactionType;
  parent_id: string | null;
  status: TransactionStatus;
  tender: Tender;
  card_brand: string | null;
  card_last4: string | null;
  avs_result: string | null;
  cvv_result: string | null;
  approval_code: string | null;
  decline_code: string | null;
  currency: string;
  lines: string;
  search_text: string;
  subtotal: number;
  discount: number;
  tax_rate: number;
  tax: number;
  tip: number;
  total: number;
  refunded: number;
  restocked: number;
  created_at: number;
  settles_at: number;
  voided_at: number | null;
}

export function toRecord(row: TransactionRow): TransactionRecord {
  return {
    seq: row.seq,
    id: row.id,
    organizationId: row.organization_id,
    userId: row.user_id,
    userName: row.user_name,
    type: row.type,
    parentId: row.parent_id,
    status: row.status,
    tender: row.tender,
    cardBrand: row.card_brand,
    cardLast4: row.card_last4,
    avsResult: row.avs_result,
    cvvResult: row.cvv_result,
    approvalCode: row.approval_code,
    declineCode: row.decline_code,
    currency: row.currency,
    lines: JSON.parse(row.lines) as SaleLine[],
    subtotal: row.subtotal,
    discount: row.discount,
    taxRate: row.tax_rate,
    tax: row.tax,
    tip: row.tip,
    total: row.total,
    refunded: row.refunded,
    restocked: row.restocked === 1,
    createdAt: row.created_at,
    settlesAt: row.settles_at,
    voidedAt: row.voided_at,
  };
}

/** The row `INSERT` writes for a new transaction (its `seq` is assigned by SQLite). */
export function toRow(transaction: NewTransaction): Omit<TransactionRow, 'seq'> {
  return {
    id: transaction.id,
    organization_id: transaction.organizationId,
    user_id: transaction.userId,
    user_name: transaction.userName,
    type: transaction.type,
    parent_id: transaction.parentId,
    status: transaction.status,
    tender: transaction.tender,
    card_brand: transaction.cardBrand,
    card_last4: transaction.cardLast4,
    avs_result: transaction.avsResult,
    cvv_result: transaction.cvvResult,
    approval_code: transaction.approvalCode,
    decline_code: transaction.declineCode,
    currency: transaction.currency,
    lines: JSON.stringify(transaction.lines),
    search_text: searchText(transaction),
    subtotal: transaction.subtotal,
    discount: transaction.discount,
    tax_rate: transaction.taxRate,
    tax: transaction.tax,
    tip: transaction.tip,
    total: transaction.total,
    refunded: transaction.refunded,
    restocked: transaction.restocked ? 1 : 0,
    created_at: transaction.createdAt,
    settles_at: transaction.settlesAt,
    voided_at: transaction.voidedAt,
  };
}

/** Lowercase text `q` searches: ids, approval code, card, line descriptions and SKUs. */
function searchText(t: NewTransaction): string {
  return [
    t.id,
    t.parentId,
    t.approvalCode,
    t.cardBrand,
    t.cardLast4,
    ...t.lines.flatMap((line) => [line.description, line.sku]),
  ]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join('\n')
    .toLowerCase();
}
