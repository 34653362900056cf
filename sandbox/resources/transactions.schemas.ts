import { pagingQueryProperties, SEARCH_TEXT, type PagingQuery } from '../http/paging.ts';
import { MAX_AMOUNT, MAX_TAX_RATE_PERCENT } from '../payments/money.ts';
import { TRANSACTION_STATUSES } from '../store/transaction-records.ts';
import { closedObject } from '../http/json-schema.ts';

/**
 * Transactions request shapes. Schemas check shape and types (no coercion, no unknown keys);
 * rules that depend on the configuration or the data live in payments/transactions-service.ts.
 */
export const MAX_LINES = 50;
export const MAX_QUANTITY = 999;

export const saleBody = closedObject(
  {
    lines: {
      type: 'array',
      minItems: 1,
      maxItems: MAX_LINES,
      items: closedObject({
        amount: { type: 'integer', minimum: 1, maximum: MAX_AMOUNT },
        description: { type: 'string', maxLength: 400 },
        tax_exempt: { type: 'boolean' },
        item_id: { type: 'string', maxLength: 64 },
        quantity: { type: 'integer', minimum: 1, maximum: MAX_QUANTITY },
      }),
    },
    tender: { type: 'string', enum: ['Cash', 'Card'] },
    tip: { type: 'integer', minimum: 0, maximum: MAX_AMOUNT },
    tax_rate: { type: 'number', minimum: 0, maximum: MAX_TAX_RATE_PERCENT },
    discount: { type: 'integer', minimum: 0, maximum: MAX_AMOUNT },
    card: closedObject(
      {
        number: { type: 'string', maxLength: 32 },
        expiry: { type: 'string', maxLength: 16 },
        cvv: { type: 'string', maxLength: 8 },
        postal_code: { type: 'string', maxLength: 16 },
      },
      ['number', 'expiry'],
    ),
  },
  ['lines', 'tender'],
);

export const refundBody = closedObject({
  amount: { type: 'integer', minimum: 1, maximum: MAX_AMOUNT },
  restock: { type: 'boolean' },
});

export const voidBody = closedObject({});

export const receiptBody = closedObject({ email: { type: 'string', maxLength: 1024 } }, ['email']);

export interface ReceiptBody {
  email: string;
}

const STATUS = `(${TRANSACTION_STATUSES.join('|')})`;

/** Filters shared by the history, the export and (from/to/time_zone) the summary. */
const filterProperties = {
  from: { type: 'string', maxLength: 40 },
  to: { type: 'string', maxLength: 40 },
  time_zone: { type: 'string', maxLength: 64 },
  status: { type: 'string', pattern: `^(${STATUS}(,${STATUS})*)?$` },
  tender: { type: 'string', enum: ['', 'Cash', 'Card'] },
  type: { type: 'string', enum: ['', 'sale', 'refund'] },
  q: SEARCH_TEXT,
  amount: { type: 'string', maxLength: 12 },
  amount_min: { type: 'string', maxLength: 12 },
  amount_max: { type: 'string', maxLength: 12 },
  sort: { type: 'string', maxLength: 20 },
} as const;

export const listQuery = closedObject({ ...pagingQueryProperties, ...filterProperties });

export const exportQuery = closedObject(filterProperties);

export const summaryQuery = closedObject({
  from: filterProperties.from,
  to: filterProperties.to,
  time_zone: filterProperties.time_zone,
});

export interface FilterQuery {
  from?: string;
  to?: string;
  time_zone?: string;
  status?: string;
  tender?: '' | 'Cash' | 'Card';
  type?: '' | 'sale' | 'refund';
  q?: string;
  amount?: string;
  amount_min?: string;
  amount_max?: string;
  sort?: string;
}

export type ListQuery = FilterQuery & PagingQuery;
