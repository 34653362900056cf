import { apiErrors } from '../http/errors.ts';
import { pagingQueryProperties, SEARCH_TEXT, type PagingQuery } from '../http/paging.ts';
import { MAX_AMOUNT } from '../payments/money.ts';
import { closedObject } from '../http/json-schema.ts';

/** Inventory request shapes; the rules with human messages are in `validItemFields`. */
export const MAX_NAME_LENGTH = 100;
export const MAX_STOCK = 1_000_000;

const itemProperties = {
  name: { type: 'string', maxLength: 400 },
  sku: { type: 'string', maxLength: 64 },
  price: { type: 'integer', minimum: 0, maximum: MAX_AMOUNT },
  tax_exempt: { type: 'boolean' },
  active: { type: 'boolean' },
  stock: { type: ['integer', 'null'], minimum: 0, maximum: MAX_STOCK },
} as const;

export const createItemBody = closedObject(itemProperties, ['name', 'sku', 'price']);

/** PUT changes the fields it names; the others stay as they are. */
export const updateItemBody = {
  type: 'object',
  minProperties: 1,
  additionalProperties: false,
  properties: itemProperties,
} as const;

export interface ItemBody {
  name?: string;
  sku?: string;
  price?: number;
  tax_exempt?: boolean;
  active?: boolean;
  stock?: number | null;
}

export const inventoryListQuery = closedObject({
  ...pagingQueryProperties,
  q: SEARCH_TEXT,
  active: { type: 'string', enum: ['', 'true', 'false'] },
  sort: { type: 'string', maxLength: 20 },
});

export interface InventoryListQuery extends PagingQuery {
  q?: string;
  active?: '' | 'true' | 'false';
  sort?: string;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Names are stored exactly as given (the portal renders them as text, so `<img src=x>` is just a
 * name); they must not be blank, longer than 100 characters or hold control characters.
 */
export function checkItemFields(body: ItemBody): void {
  if (body.name !== undefined) {
    const length = [...body.name].length;
    if (body.name.trim() === '' || length > MAX_NAME_LENGTH || CONTROL.test(body.name)) {
      throw apiErrors.invalidRequest(
        'name',
        `The name is 1 to ${MAX_NAME_LENGTH} characters, without control characters.`,
      );
    }
  }
  if (body.sku !== undefined && !SKU_PATTERN.test(body.sku)) {
    throw apiErrors.invalidRequest(
      'sku',
      'The SKU is 1 to 64 letters, digits, dots, hyphens or underscores.',
    );
  }
}
