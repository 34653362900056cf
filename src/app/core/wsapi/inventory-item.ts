import { count, flag, record, text } from './dto-readers';

/** The merchant's items: listed and edited by the inventory pages, sold by the virtual terminal. */
export const INVENTORY_RESOURCE = '/Inventory';

/** An item of the merchant's inventory, whichever feature reads it. */
export interface InventoryItem {
  readonly id: string;
  readonly name: string;
  readonly sku: string;
  /** Minor units of `currency`. */
  readonly price: number;
  /** ISO code of `price`: the organization's currency. */
  readonly currency: string;
  readonly taxExempt: boolean;
  /** Inactive items stay listed in the inventory but cannot be sold. */
  readonly active: boolean;
  /** `null`: stock is not tracked. */
  readonly stock: number | null;
}

/**
 * One item of `/Inventory` as sent (`{ id, name, sku, price, currency, tax_exempt, active, stock }`).
 * A missing `active` is active; a missing or null `stock` is untracked, any other stock that is
 * not a whole number reads as 0 (never as more than is there).
 */
export function toInventoryItem(value: unknown): InventoryItem {
  const dto = record(value);
  const stock = dto['stock'];
  return {
    id: text(dto['id']),
    name: text(dto['name']),
    sku: text(dto['sku']),
    price: count(dto['price']),
    currency: text(dto['currency']) || 'USD',
    taxExempt: flag(dto['tax_exempt']),
    active: dto['active'] !== false,
    stock: stock === null || stock === undefined ? null : count(stock),
  };
}
