import type { NewTransaction, TransactionRecord } from '../store/transaction-records.ts';
import { settlementTime } from './calendar.ts';

type RefundFields = Pick<
  NewTransaction,
  | 'type'
  | 'parentId'
  | 'status'
  | 'tender'
  | 'cardBrand'
  | 'cardLast4'
  | 'avsResult'
  | 'cvvResult'
  | 'approvalCode'
  | 'declineCode'
  | 'currency'
  | 'lines'
  | 'subtotal'
  | 'discount'
  | 'taxRate'
  | 'tax'
  | 'tip'
  | 'total'
  | 'createdAt'
  | 'settlesAt'
>;

/**
 * What an approved refund of `amount` against `sale` at `at` records, whoever makes it (a request,
 * or the seed's history): the sale's tender, card and currency, no lines, the amount as its total,
 * and an approval code from `approvalCode` for a card.
 */
export function refundFields(
  sale: TransactionRecord,
  amount: number,
  at: number,
  approvalCode: () => string,
): RefundFields {
  return {
    type: 'refund',
    parentId: sale.id,
    status: 'approved',
    tender: sale.tender,
    cardBrand: sale.cardBrand,
    cardLast4: sale.cardLast4,
    avsResult: null,
    cvvResult: null,
    approvalCode: sale.tender === 'Card' ? approvalCode() : null,
    declineCode: null,
    currency: sale.currency,
    lines: [],
    subtotal: 0,
    discount: 0,
    taxRate: 0,
    tax: 0,
    tip: 0,
    total: amount,
    createdAt: at,
    settlesAt: settlementTime(at),
  };
}
