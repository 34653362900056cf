import {
  computeSaleTotals,
  formatTaxRate,
  mulDivHalfUp,
  parseTaxRate,
  taxRateMilliOf,
} from './sale-totals';

const taxed = (amount: number) => ({ amount, taxExempt: false });
const exempt = (amount: number) => ({ amount, taxExempt: true });

describe('sale totals (the WSAPI rounding rule)', () => {
  it('rounds half up, exactly', () => {
    expect(mulDivHalfUp(5, 10_000, 100_000)).toBe(1); // 0.5 → 1
    expect(mulDivHalfUp(4, 10_000, 100_000)).toBe(0); // 0.4 → 0
    expect(mulDivHalfUp(1000, 8250, 100_000)).toBe(83); // 82.5 → 83
    expect(mulDivHalfUp(7, 3, 0)).toBe(0);
    // 99,999,999 × 30 % = 29,999,999.7: a float product would already be off in the last digit.
    expect(mulDivHalfUp(99_999_999, 30_000, 100_000)).toBe(30_000_000);
  });

  it('taxes the order once, not line by line', () => {
    // Per line: 10.5 → 11 twice = 22. Once on the order: 21.
    const totals = computeSaleTotals([taxed(105), taxed(105)], 0, 10_000, 0);
    expect(totals).toEqual({
      subtotal: 210,
      discount: 0,
      taxRateMilli: 10_000,
      tax: 21,
      tip: 0,
      total: 231,
    });
  });

  it('spreads the discount in proportion, leaves tax-exempt lines untaxed, never taxes the tip', () => {
    // taxable share of the discount = round_half_up(150 × 1999 ÷ 2999) = 100 (99.98…);
    // base 1899 × 8.25 % = 156.6675 → 157; total = 2999 − 150 + 157 + 300.
    const totals = computeSaleTotals([taxed(1999), exempt(1000)], 150, 8250, 300);
    expect(totals.subtotal).toBe(2999);
    expect(totals.tax).toBe(157);
    expect(totals.total).toBe(3306);
  });

  it('the cash sale of the e2e journey: 19.99 at 8.25 %, 1.50 off, 3.00 tip', () => {
    // base 1999 − 150 = 1849; 1849 × 8.25 % = 152.5425 → 153; 1999 − 150 + 153 + 300 = 2302.
    const totals = computeSaleTotals([taxed(1999)], 150, 8250, 300);
    expect(totals.tax).toBe(153);
    expect(totals.total).toBe(2302);
  });

  it('an all-exempt order has no tax; an empty one is all zeros', () => {
    expect(computeSaleTotals([exempt(1000)], 100, 8250, 0).tax).toBe(0);
    expect(computeSaleTotals([], 0, 8250, 0).total).toBe(0);
  });

  it('reads tax rates as exact thousandths of a percent', () => {
    expect(parseTaxRate('8.25')).toBe(8250);
    expect(parseTaxRate('8,25')).toBe(8250);
    expect(parseTaxRate(' 7.5 % ')).toBe(7500);
    expect(parseTaxRate('0')).toBe(0);
    expect(parseTaxRate('0.125')).toBe(125);
    expect(parseTaxRate('30')).toBe(30_000);
    for (const text of ['', '30.001', '8.2555', '-1', 'abc', '100', '1e1']) {
      expect(parseTaxRate(text)).withContext(text).toBeNull();
    }
  });

  it('writes them back in the shortest exact form', () => {
    expect(formatTaxRate(8250)).toBe('8.25');
    expect(formatTaxRate(8000)).toBe('8');
    expect(formatTaxRate(125)).toBe('0.125');
    expect(formatTaxRate(0)).toBe('0');
  });

  it('takes the configured default percent, or 0 when it is unusable', () => {
    expect(taxRateMilliOf(8.25)).toBe(8250);
    expect(taxRateMilliOf(13)).toBe(13_000);
    expect(taxRateMilliOf(Number.NaN)).toBe(0);
    expect(taxRateMilliOf(31)).toBe(0);
  });
});
