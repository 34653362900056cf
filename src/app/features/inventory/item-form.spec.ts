import { FormControl } from '@angular/forms';
import { InventoryItem } from '../../core/wsapi/inventory-item';
import {
  EMPTY_ITEM_FORM,
  nameValidator,
  priceText,
  priceValidator,
  skuValidator,
  stockValidator,
  toDraft,
  toFormValue,
} from './item-form';

const errorsOf = (validator: (c: FormControl<string>) => unknown, value: string) =>
  validator(new FormControl(value, { nonNullable: true }));

describe('item form rules', () => {
  it('a name is required, not blank, at most 100 characters, without control characters', () => {
    expect(errorsOf(nameValidator, '')).toEqual({ required: true });
    expect(errorsOf(nameValidator, '   ')).toEqual({ required: true });
    expect(errorsOf(nameValidator, 'x'.repeat(101))).toEqual({ maxlength: 100 });
    expect(errorsOf(nameValidator, '😀'.repeat(100))).toBeNull();
    expect(errorsOf(nameValidator, 'Tab\there')).toEqual({ controlCharacters: true });
    expect(errorsOf(nameValidator, '<img src=x onerror=alert(1)>')).toBeNull();
  });

  it('a SKU is letters, digits, dots, hyphens, underscores, starting with a letter or digit', () => {
    expect(errorsOf(skuValidator, '')).toEqual({ required: true });
    expect(errorsOf(skuValidator, 'COF-DRP_S.1')).toBeNull();
    expect(errorsOf(skuValidator, ' cof-1 ')).toBeNull();
    expect(errorsOf(skuValidator, '-COF')).toEqual({ sku: true });
    expect(errorsOf(skuValidator, 'COF DRP')).toEqual({ sku: true });
    expect(errorsOf(skuValidator, 'A'.repeat(65))).toEqual({ maxlength: 64 });
  });

  it('a price is an amount in the currency, up to 999,999.99', () => {
    const usd = priceValidator('USD');
    expect(errorsOf(usd, '')).toEqual({ required: true });
    expect(errorsOf(usd, '12')).toBeNull();
    expect(errorsOf(usd, '12.5')).toBeNull();
    expect(errorsOf(usd, '0')).toBeNull();
    expect(errorsOf(usd, '999999.99')).toBeNull();
    expect(errorsOf(usd, '1000000')).toEqual({ maxPrice: { max: 99_999_999 } });
    expect(errorsOf(usd, '12.345')).toEqual({ money: { digits: 2 } });
    expect(errorsOf(usd, '-1')).toEqual({ money: { digits: 2 } });
    expect(errorsOf(usd, '$12')).toEqual({ money: { digits: 2 } });
    expect(errorsOf(priceValidator('JPY'), '12.5')).toEqual({ money: { digits: 0 } });
  });

  it('stock is empty (not tracked) or a whole number up to 1,000,000', () => {
    expect(errorsOf(stockValidator, '')).toBeNull();
    expect(errorsOf(stockValidator, '0')).toBeNull();
    expect(errorsOf(stockValidator, '1000000')).toBeNull();
    expect(errorsOf(stockValidator, '1000001')).toEqual({ maxStock: { max: 1_000_000 } });
    expect(errorsOf(stockValidator, '2.5')).toEqual({ stock: true });
    expect(errorsOf(stockValidator, '-3')).toEqual({ stock: true });
  });
});

describe('item drafts and price parsing', () => {
  it('parses the price into exact minor units, never through a float', () => {
    const draft = (price: string) => toDraft({ ...EMPTY_ITEM_FORM, price }, 'USD')?.price;
    expect(draft('0.29')).toBe(29);
    expect(draft('1.10')).toBe(110);
    expect(draft('19.99')).toBe(1999);
    expect(draft('12,5')).toBe(1250);
    expect(draft('999999.99')).toBe(99_999_999);
    expect(draft('abc')).toBeUndefined();
    expect(toDraft({ ...EMPTY_ITEM_FORM, price: '1500' }, 'JPY')?.price).toBe(1500);
  });

  it('trims name and SKU, and reads an empty stock as not tracked', () => {
    expect(
      toDraft(
        {
          name: '  Ceramic Mug ',
          sku: ' RTL-MUG ',
          price: '18',
          taxExempt: true,
          active: false,
          stock: ' 25 ',
        },
        'USD',
      ),
    ).toEqual({
      name: 'Ceramic Mug',
      sku: 'RTL-MUG',
      price: 1800,
      taxExempt: true,
      active: false,
      stock: 25,
    });
    expect(toDraft({ ...EMPTY_ITEM_FORM, price: '1' }, 'USD')?.stock).toBeNull();
  });

  it('shows a price as the plain decimal parseMoney reads back exactly', () => {
    expect(priceText(1250, 'USD')).toBe('12.50');
    expect(priceText(5, 'USD')).toBe('0.05');
    expect(priceText(0, 'CAD')).toBe('0.00');
    expect(priceText(99_999_999, 'USD')).toBe('999999.99');
    expect(priceText(1500, 'JPY')).toBe('1500');
    for (const minor of [0, 1, 29, 110, 1999, 123_456, 99_999_999]) {
      expect(toDraft({ ...EMPTY_ITEM_FORM, price: priceText(minor, 'USD') }, 'USD')?.price).toBe(
        minor,
      );
    }
  });

  it('fills the form from an item', () => {
    const item: InventoryItem = {
      id: 'item_1',
      name: 'Bottled Water',
      sku: 'BEV-WTR',
      price: 150,
      currency: 'USD',
      taxExempt: false,
      active: true,
      stock: null,
    };
    expect(toFormValue(item, 'USD')).toEqual({
      name: 'Bottled Water',
      sku: 'BEV-WTR',
      price: '1.50',
      taxExempt: false,
      active: true,
      stock: '',
    });
    expect(toFormValue({ ...item, stock: 0 }, 'USD').stock).toBe('0');
  });
});
