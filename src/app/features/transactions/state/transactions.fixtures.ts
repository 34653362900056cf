import { TransactionDetail } from '../transactions.model';

/** The sale's fields that the WSAPI names as the model does: written once for both forms. */
const SAME_NAMED = {
  type: 'sale',
  status: 'approved',
  settled: false,
  currency: 'USD',
  tender: 'Cash',
  card: null,
  decline: null,
  subtotal: 2000,
  discount: 0,
  tax: 0,
  tip: 0,
  total: 2000,
  refunded: 0,
  refundable: 2000,
  voidable: true,
} as const satisfies Partial<TransactionDetail>;

/** A $20.00 cash sale, unsettled, nothing refunded: what a spec starts from. */
export const SALE: TransactionDetail = {
  ...SAME_NAMED,
  id: 'txn_0123456789abcdef0123',
  parentId: null,
  createdAt: Date.UTC(2026, 10, 25, 11, 30),
  voidedAt: null,
  userName: 'merchant',
  approvalCode: null,
  taxRate: 0,
  lines: [{ description: 'Amount', sku: null, unitPrice: 2000, quantity: 1, amount: 2000 }],
  refunds: [],
};

/** The same sale as the WSAPI sends it. */
export const SALE_DTO = {
  ...SAME_NAMED,
  id: SALE.id,
  parent_id: null,
  created_at: '20261125113000',
  settles_at: '20261126000000',
  voided_at: null,
  user_name: 'merchant',
  approval_code: null,
  tax_rate: 0,
  restocked: false,
  lines: [
    {
      item_id: null,
      sku: null,
      description: 'Amount',
      unit_price: 2000,
      quantity: 1,
      tax_exempt: false,
      amount: 2000,
    },
  ],
  refunds: [],
};
