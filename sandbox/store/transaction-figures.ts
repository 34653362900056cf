import type { Tender } from './transaction-records.ts';

/** The sales and refunds figures of the summary: their shapes and the SQL that sums them. */

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

export interface FiguresRow {
  key: string;
  sales_total: number;
  sales_count: number;
  refunds_total: number;
  refunds_count: number;
}

export const FIGURES_SELECT = `
  COALESCE(SUM(CASE WHEN ${COUNTED_SALE} THEN t.total END), 0) AS sales_total,
  COUNT(CASE WHEN ${COUNTED_SALE} THEN 1 END) AS sales_count,
  COALESCE(SUM(CASE WHEN t.type = 'refund' THEN t.total END), 0) AS refunds_total,
  COUNT(CASE WHEN t.type = 'refund' THEN 1 END) AS refunds_count`;

/** A figures row as the API's figures (no row: all zero); `net` is sales minus refunds. */
export function figures(row: Omit<FiguresRow, 'key'> | undefined): Figures {
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
