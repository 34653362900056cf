import { Configuration } from '../../core/auth/configuration';
import { loginResponseFixture } from '../../../testing/fixtures/login-response';
import { SaleDraft, checkSaleDraft } from './sale-draft';
import { SaleRules, saleRulesOf } from './sale-rules';
import { InventoryItem } from '../../core/wsapi/inventory-item';
import { SAMPLE_TOTALS } from './sale.testing';

const vendor = loginResponseFixture.configuration;
const rulesWith = (overrides: Configuration = {}): SaleRules =>
  saleRulesOf({ ...vendor, ...overrides });

const latte: InventoryItem = {
  id: 'item_latte',
  name: 'Latte',
  sku: 'LAT',
  price: 450,
  currency: 'USD',
  taxExempt: false,
  active: true,
  stock: null,
};
const beans: InventoryItem = {
  id: 'item_beans',
  name: 'Beans',
  sku: 'BEA',
  price: 1500,
  currency: 'USD',
  taxExempt: true,
  active: true,
  stock: 2,
};
const catalogue = [latte, beans];

const draft = (changes: Partial<SaleDraft> = {}): SaleDraft => ({
  amount: '19.99',
  items: [],
  tip: '',
  taxRate: '0',
  discount: '',
  tender: 'Cash',
  cashReceived: '',
  ...changes,
});

describe('sale rules per configuration flag', () => {
  it('the vendor configuration turns everything on', () => {
    expect(rulesWith()).toEqual({
      currency: 'USD',
      items: true,
      tip: true,
      tax: true,
      defaultTaxRateMilli: 0,
      discount: true,
      tenders: ['Cash', 'Card'],
      cvv: true,
      avs: true,
    });
  });

  it('reads the default tax rate, only while tax is on', () => {
    expect(rulesWith({ 'processing.config.tax.default': 8.25 }).defaultTaxRateMilli).toBe(8250);
    expect(rulesWith({ 'processing.config.tax.default': '13' }).defaultTaxRateMilli).toBe(13_000);
    expect(
      rulesWith({ 'processing.config.tax': false, 'processing.config.tax.default': 8.25 })
        .defaultTaxRateMilli,
    ).toBe(0);
  });

  it('offers Card only with manual entry, and only the configured tenders', () => {
    expect(rulesWith({ 'processing.permissions.manual_entry': false }).tenders).toEqual(['Cash']);
    expect(rulesWith({ 'processing.config.tender_types': ['Card'] }).tenders).toEqual(['Card']);
    expect(rulesWith({ 'processing.config.tender_types': 'Cash, Card' }).tenders).toEqual([
      'Cash',
      'Card',
    ]);
    expect(rulesWith({ 'processing.config.tender_types': [] }).tenders).toEqual([]);
  });

  it('takes the currency from the configuration', () => {
    const cad = { code: 'CAD', iso: 124, symbol: '$' };
    expect(rulesWith({ 'processing.config.currency': cad }).currency).toBe('CAD');
  });
});

describe('checkSaleDraft', () => {
  it('prices and builds the sale with every control on', () => {
    const check = checkSaleDraft(
      draft({ tip: '3', taxRate: '8.25', discount: '1.50' }),
      rulesWith(),
      catalogue,
    );
    expect(check.errors).toEqual({});
    expect(check.totals).toEqual(SAMPLE_TOTALS);
    expect(check.request).toEqual({
      lines: [{ amount: 1999 }],
      tender: 'Cash',
      tip: 300,
      taxRateMilli: 8250,
      discount: 150,
    });
  });

  it('never sends a tip, tax rate or discount whose flag is off, whatever was typed', () => {
    const rules = rulesWith({
      'processing.config.tip': false,
      'processing.config.tax': false,
      'processing.config.discount': false,
    });
    const check = checkSaleDraft(
      draft({ tip: '3', taxRate: 'abc', discount: '1.50' }),
      rules,
      catalogue,
    );
    expect(check.errors).toEqual({});
    expect(check.request).toEqual({ lines: [{ amount: 1999 }], tender: 'Cash' });
    expect(check.totals?.total).toBe(1999);
  });

  it('sends the tax rate while tax is on, even at 0, and leaves a zero tip or discount out', () => {
    const check = checkSaleDraft(draft({ tip: '0', discount: '' }), rulesWith(), catalogue);
    expect(check.request).toEqual({ lines: [{ amount: 1999 }], tender: 'Cash', taxRateMilli: 0 });
  });

  it('prices items with their quantities and tax-exempt flag', () => {
    const check = checkSaleDraft(
      draft({
        amount: '',
        items: [
          { itemId: 'item_latte', quantity: 2 },
          { itemId: 'item_beans', quantity: 1 },
        ],
        taxRate: '10',
      }),
      rulesWith(),
      catalogue,
    );
    expect(check.totals).toEqual(
      jasmine.objectContaining({ subtotal: 2400, tax: 90, total: 2490 }),
    );
    expect(check.request?.lines).toEqual([
      { itemId: 'item_latte', quantity: 2 },
      { itemId: 'item_beans', quantity: 1 },
    ]);
  });

  it('ignores item lines when inventory management is off', () => {
    const check = checkSaleDraft(
      draft({ items: [{ itemId: 'item_latte', quantity: 2 }] }),
      rulesWith({ 'component.access.inventory_management': false }),
      catalogue,
    );
    expect(check.request?.lines).toEqual([{ amount: 1999 }]);
  });

  it('needs an amount or an item', () => {
    expect(checkSaleDraft(draft({ amount: '' }), rulesWith(), catalogue).errors.amount).toBe(
      'Enter an amount or add an item.',
    );
    const noInventory = rulesWith({ 'component.access.inventory_management': false });
    expect(checkSaleDraft(draft({ amount: ' ' }), noInventory, []).errors.amount).toBe(
      'Enter an amount.',
    );
    expect(checkSaleDraft(draft({ amount: '0' }), rulesWith(), []).errors.amount).toBe(
      'The amount must be more than zero.',
    );
    expect(checkSaleDraft(draft({ amount: '12.345' }), rulesWith(), []).errors.amount).toBe(
      'Enter the amount as a number, like 12.34.',
    );
  });

  it('holds quantities to 1–999 and to the tracked stock', () => {
    const check = checkSaleDraft(
      draft({
        items: [
          { itemId: 'item_beans', quantity: 3 },
          { itemId: 'item_latte', quantity: 0 },
          { itemId: 'item_gone', quantity: 1 },
        ],
      }),
      rulesWith(),
      catalogue,
    );
    expect(check.itemErrors).toEqual([
      'Only 2 in stock.',
      'A quantity from 1 to 999.',
      'This item is no longer available.',
    ]);
    expect(check.request).toBeNull();
    expect(check.totals).toBeNull();
  });

  it('refuses a discount above the subtotal, an unreadable rate and a missing tender', () => {
    const rules = rulesWith();
    expect(checkSaleDraft(draft({ discount: '20' }), rules, []).errors.total).toBe(
      'The discount cannot be more than the subtotal.',
    );
    expect(checkSaleDraft(draft({ taxRate: '31' }), rules, []).errors.taxRate).toContain(
      'from 0 to 30',
    );
    expect(checkSaleDraft(draft({ taxRate: '' }), rules, []).errors.taxRate).toContain('Enter');
    expect(checkSaleDraft(draft({ tender: null }), rules, []).errors.tender).toBeDefined();
    const cashOnly = rulesWith({ 'processing.permissions.manual_entry': false });
    expect(checkSaleDraft(draft({ tender: 'Card' }), cashOnly, []).request).toBeNull();
  });

  it('refuses a total of zero and one above the WSAPI maximum', () => {
    const rules = rulesWith();
    expect(checkSaleDraft(draft({ amount: '1', discount: '1' }), rules, []).errors.total).toBe(
      'The total must be more than zero.',
    );
    expect(
      checkSaleDraft(draft({ amount: '999999.99', tip: '0.01' }), rules, []).errors.total,
    ).toBe('The sale is too large.');
  });

  it('takes an optional cash received that covers the total, on a cash sale only', () => {
    const rules = rulesWith();
    const empty = checkSaleDraft(draft(), rules, []);
    expect(empty.cashReceived).toBeNull();
    expect(empty.request).not.toBeNull();

    const enough = checkSaleDraft(draft({ cashReceived: '20' }), rules, []);
    expect(enough.cashReceived).toBe(2000);
    expect(enough.request).not.toBeNull();

    const short = checkSaleDraft(draft({ cashReceived: '19.98' }), rules, []);
    expect(short.errors.cashReceived).toBe('The cash received must be at least the total.');
    expect(short.request).toBeNull();
    expect(checkSaleDraft(draft({ cashReceived: 'ten' }), rules, []).errors.cashReceived).toContain(
      'Enter the cash received as a number',
    );

    const card = checkSaleDraft(draft({ tender: 'Card', cashReceived: '1' }), rules, []);
    expect(card.errors.cashReceived).toBeUndefined();
    expect(card.cashReceived).toBeNull();
  });
});
