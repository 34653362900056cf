/**
 * The sale's totals, computed exactly as the WSAPI computes them (the sandbox's rule, see
 * sandbox/README.md "Totals and rounding"): integer minor units and BigInt, never a float.
 */

/** One line of the sale as priced: unit price × quantity, and whether it is taxed. */
export interface PricedLine {
  readonly amount: number;
  readonly taxExempt: boolean;
}

export interface SaleTotals {
  readonly subtotal: number;
  readonly discount: number;
  /** Thousandths of a percent: 8.25 % is 8250. */
  readonly taxRateMilli: number;
  readonly tax: number;
  readonly tip: number;
  readonly total: number;
}

/** The largest amount the WSAPI takes anywhere (999,999.99 in a two-decimal currency). */
export const MAX_AMOUNT = 99_999_999;
/** Tax rates are percents from 0 to 30 with at most 3 decimals. */
export const MAX_TAX_RATE_MILLI = 30_000;

/** The rule, as the terminal states it on screen next to the totals. */
export const ROUNDING_RULE =
  'The discount is shared across the lines in proportion to their amounts. Tax is charged once ' +
  'on the whole order, on the taxable lines after their share of the discount, and rounded half ' +
  'up to the nearest cent. The tip is added last and is never taxed or discounted.';

/** round_half_up(a × b ÷ c) for non-negative integers, exactly. */
export function mulDivHalfUp(a: number, b: number, c: number): number {
  if (c === 0) return 0;
  const divisor = BigInt(c);
  return Number((BigInt(a) * BigInt(b) * 2n + divisor) / (divisor * 2n));
}

/**
 * subtotal = Σ lines; taxable base = taxable subtotal − round_half_up(discount × taxable
 * subtotal ÷ subtotal); tax = round_half_up(base × rate ÷ 100), once on the order;
 * total = subtotal − discount + tax + tip.
 */
export function computeSaleTotals(
  lines: readonly PricedLine[],
  discount: number,
  taxRateMilli: number,
  tip: number,
): SaleTotals {
  const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
  const taxableSubtotal = lines
    .filter((line) => !line.taxExempt)
    .reduce((sum, line) => sum + line.amount, 0);
  const taxableBase = taxableSubtotal - mulDivHalfUp(discount, taxableSubtotal, subtotal);
  const tax = mulDivHalfUp(taxableBase, taxRateMilli, 100_000);
  return { subtotal, discount, taxRateMilli, tax, tip, total: subtotal - discount + tax + tip };
}

const RATE = /^\s*(\d{1,2})(?:[.,](\d{0,3}))?\s*%?\s*$/;

/** `8.25` (or `8,25`, `8.25 %`) → 8250; null when not a percent 0–30 with ≤ 3 decimals. */
export function parseTaxRate(text: string): number | null {
  const match = RATE.exec(text);
  if (!match) return null;
  const milli = Number(match[1]) * 1000 + Number((match[2] ?? '').padEnd(3, '0'));
  return milli <= MAX_TAX_RATE_MILLI ? milli : null;
}

/** 8250 → `8.25`, 8000 → `8`, 125 → `0.125`: the shortest exact text. */
export function formatTaxRate(milli: number): string {
  const whole = Math.floor(milli / 1000);
  const fraction = String(milli % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** A configured percent (`processing.config.tax.default`, a number) → thousandths, 0 if unusable. */
export function taxRateMilliOf(percent: number): number {
  if (!Number.isFinite(percent)) return 0;
  return parseTaxRate(String(percent)) ?? 0;
}
