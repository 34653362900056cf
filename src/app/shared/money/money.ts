/*
 * Money in the portal is an integer count of minor units (cents) end to end; these helpers are
 * the only place it meets text. Exact: no floating point is ever used for an amount.
 *
 * One minus sign and one percent style: both are Intl's for the locale. A negative amount
 * (a refund, a discount) is formatted as a negative number (`formatMoney(-150, …)`, or
 * `{{ -discount | money: … }}`), never with a sign typed in a template; for en-US and en-CA
 * Intl writes it with the hyphen-minus (`-$1.50`, whatever `signDisplay`). A percent goes
 * through `formatPercent` (`8.25%`; `8,25 %` in fr-CA).
 */

/** Digits after the decimal point for a currency (USD, CAD: 2), from the platform's ISO data. */
export function minorDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** `1234` USD in en-US → `$12.34`; en-CA CAD → `$12.34`; `-150` → `-$1.50` (Intl's minus sign). */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(minor));
  const whole = Math.floor(abs / 10 ** digits);
  const fraction = String(abs % 10 ** digits).padStart(digits, '0');
  // Intl formats the exact decimal string, so no float ever stands for the amount.
  const decimal = digits ? `${sign}${whole}.${fraction}` : `${sign}${whole}`;
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(
      decimal as unknown as number,
    );
  } catch {
    return `${currency} ${decimal}`;
  }
}

/**
 * A percent (`8.25`, not `0.0825`) as Intl writes it for `locale`, with at most
 * `maximumFractionDigits` decimals: `8.25%` in en-US, `33%` with 0 digits.
 */
export function formatPercent(percent: number, locale: string, maximumFractionDigits = 3): string {
  const options = { style: 'unit', unit: 'percent', maximumFractionDigits } as const;
  try {
    return new Intl.NumberFormat(locale, options).format(percent);
  } catch {
    return new Intl.NumberFormat('en', options).format(percent);
  }
}

const AMOUNT = /^\s*(\d{1,9})(?:[.,](\d*))?\s*$/;

/**
 * Parses what a user typed (`12`, `12.3`, `12.34`, `12,34`) into minor units, or null when it is
 * not an amount (more decimals than the currency has, letters, negative, too large).
 */
export function parseMoney(text: string, currency: string): number | null {
  const match = AMOUNT.exec(text);
  if (!match) return null;
  const digits = minorDigits(currency);
  const fraction = match[2] ?? '';
  if (fraction.length > digits) return null;
  return Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
}
