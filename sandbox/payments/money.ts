import { configFlag, configNumber, type Configuration } from '../access/configuration.ts';

/**
 * Money is integer minor units everywhere (cents for USD and CAD); no floating point touches an
 * amount. Products that could pass 2^53 are done in BigInt.
 */

/** The largest amount the sandbox accepts anywhere (999,999.99 in a two-decimal currency). */
export const MAX_AMOUNT = 99_999_999;

export interface Currency {
  code: string;
  iso: number | null;
  symbol: string;
  /** Digits after the decimal point (2 for USD and CAD, 0 for JPY). */
  exponent: number;
}

const DEFAULT_CURRENCY_CODE = 'USD';

function exponentOf(code: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency: code }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** `processing.config.currency` (`{ code, iso, symbol }`); USD when absent or malformed. */
export function currencyOf(configuration: Configuration): Currency {
  const value = configuration['processing.config.currency'];
  const object =
    value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : {};
  const code =
    typeof object['code'] === 'string' && /^[A-Z]{3}$/.test(object['code'])
      ? object['code']
      : DEFAULT_CURRENCY_CODE;
  const iso = typeof object['iso'] === 'number' ? object['iso'] : null;
  const symbol = typeof object['symbol'] === 'string' ? object['symbol'] : '$';
  return { code, iso, symbol, exponent: exponentOf(code) };
}

/** A currency known by its code only (as a transaction records it). */
export function currencyByCode(code: string): Currency {
  return { code, iso: null, symbol: '', exponent: exponentOf(code) };
}

/** round_half_up(a × b ÷ c) for non-negative integers, exactly (BigInt). */
export function mulDivHalfUp(a: number, b: number, c: number): number {
  if (c === 0) return 0;
  const numerator = BigInt(a) * BigInt(b);
  const divisor = BigInt(c);
  return Number((numerator * 2n + divisor) / (divisor * 2n));
}

/** Tax rates travel as a percent with at most 3 decimals (8.25); stored as thousandths (8250). */
export const TAX_RATE_SCALE = 1000;
export const MAX_TAX_RATE_PERCENT = 30;

/** 8.25 → 8250; undefined when not a percent 0–30 with at most 3 decimals. */
export function taxRateToMilli(percent: number): number | undefined {
  if (!Number.isFinite(percent) || percent < 0 || percent > MAX_TAX_RATE_PERCENT) return undefined;
  const milli = Math.round(percent * TAX_RATE_SCALE);
  return Math.abs(milli - percent * TAX_RATE_SCALE) < 1e-6 ? milli : undefined;
}

/** 8250 → 8.25 (exact: the decimal text of a 3-decimal number round-trips). */
export function taxRateFromMilli(milli: number): number {
  return Number((milli / TAX_RATE_SCALE).toFixed(3));
}

/** The default rate of `processing.config.tax.default` (percent), 0 when absent or unusable. */
export function defaultTaxRateMilli(configuration: Configuration): number {
  if (!configFlag(configuration, 'processing.config.tax')) return 0;
  return taxRateToMilli(configNumber(configuration, 'processing.config.tax.default', 0)) ?? 0;
}

export interface PricedLine {
  /** unit price × quantity */
  amount: number;
  taxExempt: boolean;
}

export interface Totals {
  subtotal: number;
  discount: number;
  taxRateMilli: number;
  tax: number;
  tip: number;
  total: number;
}

/** A sale's totals as its transaction record stores them (the rate under its column's name). */
export function recordedTotals({ taxRateMilli, ...amounts }: Totals) {
  return { ...amounts, taxRate: taxRateMilli };
}

/**
 * The rounding rule [sandbox design]:
 * - subtotal = Σ (unit price × quantity);
 * - the discount (minor units, ≤ subtotal) is spread over the lines in proportion to their
 *   amounts; the taxable base is the taxable lines' subtotal minus their share of it,
 *   taxable_base = taxable_subtotal − round_half_up(discount × taxable_subtotal ÷ subtotal);
 * - tax = round_half_up(taxable_base × rate ÷ 100), once on the order (not per line);
 * - the tip is added last and is neither taxed nor discounted;
 * - total = subtotal − discount + tax + tip.
 */
export function computeTotals(
  lines: readonly PricedLine[],
  discount: number,
  taxRateMilli: number,
  tip: number,
): Totals {
  const subtotal = lines.reduce((sum, line) => sum + line.amount, 0);
  const taxableSubtotal = lines
    .filter((line) => !line.taxExempt)
    .reduce((sum, line) => sum + line.amount, 0);
  const taxableDiscount = mulDivHalfUp(discount, taxableSubtotal, subtotal);
  const taxableBase = taxableSubtotal - taxableDiscount;
  const tax = mulDivHalfUp(taxableBase, taxRateMilli, 100 * TAX_RATE_SCALE);
  return {
    subtotal,
    discount,
    taxRateMilli,
    tax,
    tip,
    total: subtotal - discount + tax + tip,
  };
}

/** 1250 → "12.50" (exponent 2); for CSV, where spreadsheets want a plain decimal. */
export function formatDecimal(minor: number, exponent: number): string {
  const negative = minor < 0;
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = exponent === 0 ? '' : '.' + digits.slice(-exponent);
  return (negative ? '-' : '') + whole + fraction;
}

/** 1250 → "$12.50" in the given locale, from the exact decimal text (no float arithmetic). */
export function formatMoney(minor: number, currency: Currency, locale: string): string {
  const decimal = formatDecimal(minor, currency.exponent);
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: currency.code,
    }).format(decimal as unknown as number);
  } catch {
    return `${currency.code} ${decimal}`;
  }
}
