import { AbstractControl, ValidationErrors, ValidatorFn, Validators } from '@angular/forms';
import { minorDigits, parseMoney } from '../../shared/money/money';
import { InventoryItem } from '../../core/wsapi/inventory-item';
import { ItemDraft } from './inventory.model';

/** The limits the WSAPI enforces on an item, checked before the request is sent. */
export const MAX_NAME_LENGTH = 100;
export const MAX_SKU_LENGTH = 64;
export const MAX_PRICE = 99_999_999;
export const MAX_STOCK = 1_000_000;
/** Letters, digits, dots, hyphens, underscores; starting with a letter or digit. */
export const SKU_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const STOCK_PATTERN = /^\s*\d+\s*$/;

/** The editor's form as typed: price and stock stay text until they are parsed. */
export interface ItemFormValue {
  name: string;
  sku: string;
  price: string;
  taxExempt: boolean;
  active: boolean;
  stock: string;
}

export const EMPTY_ITEM_FORM: ItemFormValue = {
  name: '',
  sku: '',
  price: '',
  taxExempt: false,
  active: true,
  stock: '',
};

/** Not blank, at most 100 characters (code points), no control characters. */
export const nameValidator: ValidatorFn = (control: AbstractControl<string>) => {
  const value = control.value ?? '';
  if (value.trim() === '') return { required: true };
  if ([...value.trim()].length > MAX_NAME_LENGTH) return { maxlength: MAX_NAME_LENGTH };
  if (CONTROL_CHARACTERS.test(value)) return { controlCharacters: true };
  return null;
};

export const skuValidator: ValidatorFn = (control: AbstractControl<string>) => {
  const value = (control.value ?? '').trim();
  if (value === '') return { required: true };
  if (value.length > MAX_SKU_LENGTH) return { maxlength: MAX_SKU_LENGTH };
  return SKU_PATTERN.test(value) ? null : { sku: true };
};

/** An amount in `currency` (`12`, `12.5`, `12.50`), from 0 to the WSAPI's maximum. */
export function priceValidator(currency: string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    const value = control.value ?? '';
    if (value.trim() === '') return { required: true };
    const minor = parseMoney(value, currency);
    if (minor === null) return { money: { digits: minorDigits(currency) } };
    return minor > MAX_PRICE ? { maxPrice: { max: MAX_PRICE } } : null;
  };
}

/** Empty (not tracked) or a whole number from 0 to 1,000,000. */
export const stockValidator: ValidatorFn = (control: AbstractControl<string>) => {
  const value = control.value ?? '';
  if (value.trim() === '') return null;
  if (!STOCK_PATTERN.test(value)) return { stock: true };
  return Number(value) > MAX_STOCK ? { maxStock: { max: MAX_STOCK } } : null;
};

export const itemFormValidators = (currency: string) => ({
  name: [nameValidator],
  sku: [skuValidator],
  price: [Validators.required, priceValidator(currency)],
  stock: [stockValidator],
});

/** The request for a valid form: trimmed name and SKU, price in minor units, stock or null. */
export function toDraft(value: ItemFormValue, currency: string): ItemDraft | null {
  const price = parseMoney(value.price, currency);
  if (price === null) return null;
  const stock = value.stock.trim();
  return {
    name: value.name.trim(),
    sku: value.sku.trim(),
    price,
    taxExempt: value.taxExempt,
    active: value.active,
    stock: stock === '' ? null : Number(stock),
  };
}

/** An item as the editor shows it: the price as a plain decimal (`1250` → `12.50`). */
export function toFormValue(item: InventoryItem, currency: string): ItemFormValue {
  return {
    name: item.name,
    sku: item.sku,
    price: priceText(item.price, currency),
    taxExempt: item.taxExempt,
    active: item.active,
    stock: item.stock === null ? '' : String(item.stock),
  };
}

/** Minor units as the text `parseMoney` reads back exactly: `1250` USD → `12.50`. */
export function priceText(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const scale = 10 ** digits;
  const whole = Math.floor(minor / scale);
  return digits ? `${whole}.${String(minor % scale).padStart(digits, '0')}` : String(whole);
}

/** The server's field names, mapped to the form's controls. */
export const SERVER_FIELDS: Readonly<Record<string, keyof ItemFormValue>> = {
  name: 'name',
  sku: 'sku',
  price: 'price',
  tax_exempt: 'taxExempt',
  active: 'active',
  stock: 'stock',
};
