import type { Configuration } from '../access/configuration.ts';
import { apiErrors } from '../http/errors.ts';
import type { InventoryItem, InventoryRepository } from '../store/inventory.ts';
import type { SaleLine, Tender } from '../store/transaction-records.ts';
import type { CardInput } from './cards.ts';
import {
  computeTotals,
  defaultTaxRateMilli,
  MAX_AMOUNT,
  taxRateToMilli,
  type Totals,
} from './money.ts';

/**
 * A sale request and its pricing: each line (a free amount, or an inventory item) checked and
 * recorded, the stock check, and the totals (discount, tax, tip) with their limits.
 */

export interface LineInput {
  amount?: number;
  description?: string;
  tax_exempt?: boolean;
  item_id?: string;
  quantity?: number;
}

export interface SaleInput {
  lines: LineInput[];
  tender: Tender;
  tip?: number;
  tax_rate?: number;
  discount?: number;
  card?: CardInput;
}

const DEFAULT_DESCRIPTION = 'Amount';
const MAX_DESCRIPTION = 100;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** Line `index` of a sale as recorded; 400 on `lines.{index}…` when it is not valid. */
export function saleLine(
  inventory: InventoryRepository,
  organizationId: string,
  line: LineInput,
  index: number,
): SaleLine {
  const field = (name?: string) => (name ? `lines.${index}.${name}` : `lines.${index}`);
  const quantity = line.quantity ?? 1;
  if ((line.amount === undefined) === (line.item_id === undefined)) {
    throw apiErrors.invalidRequest(field(), 'Each line has either an amount or an item_id.');
  }
  if (line.item_id !== undefined) {
    if (line.description !== undefined)
      throw apiErrors.invalidRequest(
        field('description'),
        'An item line takes its name from the item.',
      );
    if (line.tax_exempt !== undefined)
      throw apiErrors.invalidRequest(field('tax_exempt'), 'An item line takes this from the item.');
    const item = inventory.find(organizationId, line.item_id);
    if (!item) throw apiErrors.invalidRequest(field('item_id'), 'No such item.');
    if (!item.active)
      throw apiErrors.invalidRequest(field('item_id'), 'This item is not for sale (inactive).');
    return itemSaleLine(item, quantity);
  }
  const description = line.description?.trim() || DEFAULT_DESCRIPTION;
  if ([...description].length > MAX_DESCRIPTION || CONTROL.test(description)) {
    throw apiErrors.invalidRequest(
      field('description'),
      `The description is at most ${MAX_DESCRIPTION} characters, without control characters.`,
    );
  }
  const amount = line.amount!;
  return {
    item_id: null,
    sku: null,
    description,
    unit_price: amount,
    quantity,
    tax_exempt: line.tax_exempt ?? false,
    amount: amount * quantity,
  };
}

/** A tracked item cannot sell more than its stock (quantities of repeated lines add up). */
export function checkStock(
  inventory: InventoryRepository,
  organizationId: string,
  lines: readonly SaleLine[],
): void {
  const wanted = new Map<string, number>();
  lines.forEach((line, index) => {
    if (!line.item_id) return;
    const total = (wanted.get(line.item_id) ?? 0) + line.quantity;
    wanted.set(line.item_id, total);
    const stock = inventory.find(organizationId, line.item_id)?.stock;
    if (stock !== null && stock !== undefined && total > stock) {
      throw apiErrors.invalidRequest(
        `lines.${index}.quantity`,
        stock === 0 ? 'This item is out of stock.' : `Only ${stock} left in stock.`,
      );
    }
  });
}

/** The sale's totals; 400 when the discount, the tax rate or the total is out of bounds. */
export function saleTotals(
  configuration: Configuration,
  lines: readonly SaleLine[],
  input: SaleInput,
): Totals {
  const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
  if (subtotal > MAX_AMOUNT) throw apiErrors.invalidRequest('lines', 'The sale is too large.');
  const discount = input.discount ?? 0;
  if (discount > subtotal)
    throw apiErrors.invalidRequest('discount', 'The discount cannot exceed the subtotal.');
  let taxRate = defaultTaxRateMilli(configuration);
  if (input.tax_rate !== undefined) {
    const milli = taxRateToMilli(input.tax_rate);
    if (milli === undefined) {
      throw apiErrors.invalidRequest(
        'tax_rate',
        'The tax rate is a percent from 0 to 30 with at most 3 decimals.',
      );
    }
    taxRate = milli;
  }
  const totals = computeTotals(
    lines.map((line) => ({ amount: line.amount, taxExempt: line.tax_exempt })),
    discount,
    taxRate,
    input.tip ?? 0,
  );
  if (totals.total < 1)
    throw apiErrors.invalidRequest('lines', 'The total must be more than zero.');
  if (totals.total > MAX_AMOUNT) throw apiErrors.invalidRequest('lines', 'The sale is too large.');
  return totals;
}

/** A sale line for `quantity` of an inventory item, at the item's current price. */
export function itemSaleLine(item: InventoryItem, quantity: number): SaleLine {
  return {
    item_id: item.id,
    sku: item.sku,
    description: item.name,
    unit_price: item.price,
    quantity,
    tax_exempt: item.taxExempt,
    amount: item.price * quantity,
  };
}
