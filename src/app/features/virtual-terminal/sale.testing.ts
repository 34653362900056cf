import { SaleResult } from './sale.model';
import { SaleTotals } from './sale-totals';

/**
 * The totals of the specs' sample sale: $19.99, $1.50 off, 8.25 % tax, a $3.00 tip (1999 − 150 =
 * 1849; 1849 × 8.25 % = 152.5425 → 153; 1999 − 150 + 153 + 300 = 2302).
 */
export const SAMPLE_TOTALS: SaleTotals = {
  subtotal: 1999,
  discount: 150,
  taxRateMilli: 8250,
  tax: 153,
  tip: 300,
  total: 2302,
};

/** The sample sale as the WSAPI answers it: an approved cash sale with those totals. */
export const SAMPLE_RESULT: SaleResult = {
  id: 'txn_0123456789abcdef0123',
  status: 'approved',
  createdAt: '20261125120000',
  currency: 'USD',
  tender: 'Cash',
  card: null,
  approvalCode: null,
  decline: null,
  lines: [],
  ...SAMPLE_TOTALS,
};
