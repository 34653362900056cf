import type { Db } from './db.ts';
import { FilteredQueries } from './filtered-queries.ts';
import {
  FIGURES_SELECT,
  figures,
  type Bucket,
  type Figures,
  type FiguresRow,
  type TenderFigures,
} from './transaction-figures.ts';
import {
  orderBy,
  where,
  type TransactionFilter,
  type TransactionSort,
} from './transaction-filters.ts';
import {
  toRecord,
  toRow,
  type NewTransaction,
  type TransactionRecord,
  type TransactionRow,
} from './transaction-records.ts';

/**
 * The `transactions` table: inserts, refunds and voids, lookups, filtered pages (lists and
 * exports) and the summary's figures. Record types in transaction-records.ts, filters in
 * transaction-filters.ts, figures in transaction-figures.ts.
 */
export class TransactionsRepository {
  readonly #insert;
  readonly #byId;
  readonly #refundsOf;
  readonly #setStatus;
  readonly #addRefunded;
  readonly #markRestocked;
  readonly #void;
  /** Filtered queries vary by which filters are set: a handful of shapes, each prepared once. */
  readonly #queries;

  constructor(private readonly db: Db) {
    this.#queries = new FilteredQueries(db, 'transactions');
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

  insert(transaction: NewTransaction): void {
    this.#insert.run(toRow(transaction));
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
    return this.#queries.count(where(organizationId, filter));
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
    const rows = this.#queries
      .prepare(
        `SELECT * FROM transactions WHERE ${sql}${snapshot} ORDER BY ${orderBy(sort)} LIMIT ? OFFSET ?`,
      )
      .all(
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
    const rows = this.#queries
      .prepare(
        `WITH buckets(key, start_ms, end_ms) AS (VALUES ${values})
         SELECT b.key AS key, ${FIGURES_SELECT}
         FROM buckets b
         LEFT JOIN transactions t
           ON t.organization_id = ? AND t.currency = ?
          AND t.created_at >= b.start_ms AND t.created_at < b.end_ms
         GROUP BY b.key`,
      )
      .all(
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
