import type { Statement } from 'better-sqlite3';
import type { Db } from './db.ts';

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

interface TransactionRow {
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

function toRecord(row: TransactionRow): TransactionRecord {
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

export interface TransactionFilter {
  from?: number;
  to?: number;
  statuses?: readonly TransactionStatus[];
  tender?: Tender;
  type?: TransactionType;
  q?: string;
  amount?: number;
  amountMin?: number;
  amountMax?: number;
}

export type TransactionSortColumn = 'created_at' | 'total';
export interface TransactionSort {
  column: TransactionSortColumn;
  descending: boolean;
}

/** `LIKE` pattern matching `text` literally anywhere (escape character `\`). */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function where(organizationId: string, filter: TransactionFilter) {
  const clauses = ['organization_id = ?'];
  const params: (string | number)[] = [organizationId];
  const add = (clause: string, ...values: (string | number)[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (filter.from !== undefined) add('created_at >= ?', filter.from);
  if (filter.to !== undefined) add('created_at < ?', filter.to);
  if (filter.statuses?.length)
    add(`status IN (${filter.statuses.map(() => '?').join(', ')})`, ...filter.statuses);
  if (filter.tender) add('tender = ?', filter.tender);
  if (filter.type) add('type = ?', filter.type);
  if (filter.q) add("search_text LIKE ? ESCAPE '\\'", containsPattern(filter.q));
  if (filter.amount !== undefined) add('total = ?', filter.amount);
  if (filter.amountMin !== undefined) add('total >= ?', filter.amountMin);
  if (filter.amountMax !== undefined) add('total <= ?', filter.amountMax);
  return { sql: clauses.join(' AND '), params };
}

function orderBy(sort: TransactionSort): string {
  const direction = sort.descending ? 'DESC' : 'ASC';
  // The column comes from a fixed list, never from the request text itself.
  const column = sort.column === 'total' ? 'total' : 'created_at';
  return `${column} ${direction}, seq ${direction}`;
}

/** Sales that count as sales in the figures: approved, possibly refunded since (not declined or voided). */
const COUNTED_SALE = "(type = 'sale' AND status IN ('approved', 'partially_refunded', 'refunded'))";

export interface Bucket {
  key: string;
  start: number;
  end: number;
}

export interface Figures {
  sales_total: number;
  sales_count: number;
  refunds_total: number;
  refunds_count: number;
  net: number;
}

export interface TenderFigures extends Figures {
  tender: Tender;
}

interface FiguresRow {
  key: string;
  sales_total: number;
  sales_count: number;
  refunds_total: number;
  refunds_count: number;
}

const FIGURES_SELECT = `
  COALESCE(SUM(CASE WHEN ${COUNTED_SALE} THEN t.total END), 0) AS sales_total,
  COUNT(CASE WHEN ${COUNTED_SALE} THEN 1 END) AS sales_count,
  COALESCE(SUM(CASE WHEN t.type = 'refund' THEN t.total END), 0) AS refunds_total,
  COUNT(CASE WHEN t.type = 'refund' THEN 1 END) AS refunds_count`;

function figures(row: Omit<FiguresRow, 'key'> | undefined): Figures {
  const sales = row?.sales_total ?? 0;
  const refunds = row?.refunds_total ?? 0;
  return {
    sales_total: sales,
    sales_count: row?.sales_count ?? 0,
    refunds_total: refunds,
    refunds_count: row?.refunds_count ?? 0,
    net: sales - refunds,
  };
}

export class TransactionsRepository {
  readonly #insert;
  readonly #byId;
  readonly #refundsOf;
  readonly #setStatus;
  readonly #addRefunded;
  readonly #markRestocked;
  readonly #void;
  /** Filtered queries vary by which filters are set: a handful of shapes, each prepared once. */
  readonly #statements = new Map<string, Statement<unknown[]>>();

  constructor(private readonly db: Db) {
    this.#insert = db.prepare(
      `INSERT INTO transactions (id, organization_id, user_id, user_name, type, parent_id, status, tender,
         card_brand, card_last4, avs_result, cvv_result, approval_code, decline_code, currency, lines,
         search_text, subtotal, discount, tax_rate, tax, tip, total, refunded, restocked, created_at,
         settles_at, voided_at)
       VALUES (@id, @organization_id, @user_id, @user_name, @type, @parent_id, @status, @tender,
         @card_brand, @card_last4, @avs_result, @cvv_result, @approval_code, @decline_code, @currency,
         @lines, @search_text, @subtotal, @discount, @tax_rate, @tax, @tip, @total, @refunded,
         @restocked, @created_at, @settles_at, @voided_at)`,
    );
    this.#byId = db.prepare<[string, string], TransactionRow>(
      'SELECT * FROM transactions WHERE id = ? AND organization_id = ?',
    );
    this.#refundsOf = db.prepare<[string], TransactionRow>(
      "SELECT * FROM transactions WHERE parent_id = ? AND type = 'refund' ORDER BY created_at, seq",
    );
    this.#setStatus = db.prepare<[string, string]>(
      'UPDATE transactions SET status = ? WHERE id = ?',
    );
    this.#addRefunded = db.prepare<[number, string]>(
      'UPDATE transactions SET refunded = refunded + ? WHERE id = ?',
    );
    this.#markRestocked = db.prepare<[string]>(
      'UPDATE transactions SET restocked = 1 WHERE id = ?',
    );
    this.#void = db.prepare<[number, number, string]>(
      "UPDATE transactions SET status = 'voided', voided_at = ?, restocked = ? WHERE id = ?",
    );
  }

  #prepare(sql: string) {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[]>(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  insert(transaction: NewTransaction): void {
    this.#insert.run({
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
    });
  }

  /** The transaction if it belongs to the organization (another organization's id is "not found"). */
  find(organizationId: string, id: string): TransactionRecord | undefined {
    const row = this.#byId.get(id, organizationId);
    return row && toRecord(row);
  }

  refundsOf(saleId: string): TransactionRecord[] {
    return this.#refundsOf.all(saleId).map(toRecord);
  }

  recordRefund(sale: TransactionRecord, refund: NewTransaction, restocked: boolean): void {
    this.insert(refund);
    this.#addRefunded.run(refund.total, sale.id);
    const refunded = sale.refunded + refund.total;
    this.#setStatus.run(refunded >= sale.total ? 'refunded' : 'partially_refunded', sale.id);
    if (restocked) this.#markRestocked.run(sale.id);
  }

  markVoided(saleId: string, at: number, restocked: boolean): void {
    this.#void.run(at, restocked ? 1 : 0, saleId);
  }

  count(organizationId: string, filter: TransactionFilter): number {
    const { sql, params } = where(organizationId, filter);
    return Number(
      this.#prepare(`SELECT COUNT(*) FROM transactions WHERE ${sql}`)
        .pluck()
        .get(...params),
    );
  }

  /** One page; `snapshotSeq` (exports) ignores rows inserted after the export began. */
  list(
    organizationId: string,
    filter: TransactionFilter,
    sort: TransactionSort,
    limit: number,
    offset: number,
    snapshotSeq?: number,
  ): TransactionRecord[] {
    const { sql, params } = where(organizationId, filter);
    const snapshot = snapshotSeq === undefined ? '' : ' AND seq <= ?';
    const rows = this.#prepare(
      `SELECT * FROM transactions WHERE ${sql}${snapshot} ORDER BY ${orderBy(sort)} LIMIT ? OFFSET ?`,
    ).all(
      ...params,
      ...(snapshotSeq === undefined ? [] : [snapshotSeq]),
      limit,
      offset,
    ) as TransactionRow[];
    return rows.map(toRecord);
  }

  lastSeq(): number {
    return Number(this.db.prepare('SELECT COALESCE(MAX(seq), 0) FROM transactions').pluck().get());
  }

  /**
   * Sales and refunds per time bucket, in one SQL statement (buckets may overlap: "today", the
   * period and 30 days are asked together). Only transactions in `currency` are counted.
   */
  figuresByBucket(
    organizationId: string,
    currency: string,
    buckets: readonly Bucket[],
  ): Map<string, Figures> {
    const values = buckets.map(() => '(?, ?, ?)').join(', ');
    const rows = this.#prepare(
      `WITH buckets(key, start_ms, end_ms) AS (VALUES ${values})
         SELECT b.key AS key, ${FIGURES_SELECT}
         FROM buckets b
         LEFT JOIN transactions t
           ON t.organization_id = ? AND t.currency = ?
          AND t.created_at >= b.start_ms AND t.created_at < b.end_ms
         GROUP BY b.key`,
    ).all(
      ...buckets.flatMap((b) => [b.key, b.start, b.end]),
      organizationId,
      currency,
    ) as FiguresRow[];
    return new Map(rows.map((row) => [row.key, figures(row)]));
  }

  /** Sales and refunds per tender in [from, to). Both tenders are always present. */
  figuresByTender(
    organizationId: string,
    currency: string,
    from: number,
    to: number,
  ): TenderFigures[] {
    const rows = this.db
      .prepare<unknown[], FiguresRow>(
        `SELECT t.tender AS key, ${FIGURES_SELECT}
         FROM transactions t
         WHERE t.organization_id = ? AND t.currency = ? AND t.created_at >= ? AND t.created_at < ?
         GROUP BY t.tender`,
      )
      .all(organizationId, currency, from, to);
    const byTender = new Map(rows.map((row) => [row.key, row]));
    return (['Cash', 'Card'] as const).map((tender) => ({
      tender,
      ...figures(byTender.get(tender)),
    }));
  }
}
