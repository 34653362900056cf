/**
 * Manual card entry, checked in the browser before anything is sent: the same rules the WSAPI
 * applies (number, brand, expiry, CVV, postal code), so the user hears about a typo at once.
 * Pure functions over what was typed; nothing here keeps or logs a card number.
 */

import { CardBrand, CardDetails } from './sale.model';

/** What the user typed, without separators: `4111 1111-1111 1111` → `4111111111111111`. */
export function cardDigits(text: string): string {
  return text.replace(/[\s-]/g, '');
}

/** The Luhn (mod 10) check digit test. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let index = digits.length - 1; index >= 0; index -= 1) {
    let digit = digits.charCodeAt(index) - 48;
    if (double) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
    double = !double;
  }
  return sum % 10 === 0;
}

const between = (prefix: string, length: number, low: number, high: number) => {
  const value = Number(prefix.slice(0, length));
  return prefix.length >= length && value >= low && value <= high;
};

/** The brand its first digits announce (while typing too), or null for an unknown range. */
export function detectBrand(digits: string): CardBrand | null {
  if (digits.startsWith('4')) return 'Visa';
  if (between(digits, 2, 51, 55) || between(digits, 4, 2221, 2720)) return 'Mastercard';
  if (between(digits, 2, 34, 34) || between(digits, 2, 37, 37)) return 'Amex';
  if (
    digits.startsWith('6011') ||
    digits.startsWith('65') ||
    between(digits, 3, 644, 649) ||
    between(digits, 6, 622126, 622925)
  )
    return 'Discover';
  return null;
}

const LENGTHS: Record<CardBrand, (length: number) => boolean> = {
  Visa: (length) => length === 13 || length === 16 || length === 19,
  Mastercard: (length) => length === 16,
  Amex: (length) => length === 15,
  Discover: (length) => length >= 16 && length <= 19,
};

/** Why the typed number cannot be charged, or null when it can. */
export function cardNumberError(text: string): string | null {
  const digits = cardDigits(text);
  if (digits === '') return 'Enter the card number.';
  if (!/^\d+$/.test(digits)) return 'A card number has digits only.';
  if (digits.length < 12 || digits.length > 19) return 'A card number has 12 to 19 digits.';
  const brand = detectBrand(digits);
  if (!brand) return 'This card type is not accepted (Visa, Mastercard, Amex, Discover).';
  if (!LENGTHS[brand](digits.length)) return `This number has the wrong length for ${brand}.`;
  if (!luhnValid(digits)) return 'Check the card number: it is not valid.';
  return null;
}

const EXPIRY = /^\s*(0[1-9]|1[0-2])\s*\/?\s*(\d{2})\s*$/;

/** `12/30`, `1230`, `12 / 30` → `12/30` (what the WSAPI takes); null when not a month/year. */
export function normalizeExpiry(text: string): string | null {
  const match = EXPIRY.exec(text);
  return match ? `${match[1]}/${match[2]}` : null;
}

/** Valid through the end of its month (UTC, as the WSAPI counts), at most 20 years ahead. */
export function expiryError(text: string, now: number): string | null {
  if (text.trim() === '') return 'Enter the expiry date.';
  const expiry = normalizeExpiry(text);
  if (!expiry) return 'Enter the expiry date as MM/YY.';
  const [month, year] = expiry.split('/').map(Number);
  const today = new Date(now);
  const current = today.getUTCFullYear() * 12 + today.getUTCMonth();
  const card = (2000 + year) * 12 + (month - 1);
  if (card < current) return 'This card has expired.';
  if (card > current + 20 * 12) return 'Check the expiry date.';
  return null;
}

/** Security code digits for a brand: 4 on Amex, 3 elsewhere. */
export function cvvLength(brand: CardBrand | null): number {
  return brand === 'Amex' ? 4 : 3;
}

export function cvvError(text: string, brand: CardBrand | null, required: boolean): string | null {
  const cvv = text.trim();
  if (cvv === '') return required ? 'Enter the security code (CVV).' : null;
  const length = cvvLength(brand);
  return new RegExp(`^\\d{${length}}$`).test(cvv) ? null : `The security code is ${length} digits.`;
}

const POSTAL = /^[A-Za-z0-9][A-Za-z0-9 -]{1,8}[A-Za-z0-9]$/;

export function postalCodeError(text: string, required: boolean): string | null {
  const postal = text.trim();
  if (postal === '') return required ? 'Enter the billing postal code.' : null;
  return POSTAL.test(postal) ? null : 'Enter a valid postal code (3 to 10 letters or digits).';
}

/**
 * What is sent for a card, from the fields as typed: the number's digits, the expiry as `MM/YY`
 * (as typed if it cannot be read, for the server to refuse), and the CVV and postal code only
 * when the account asks for them.
 */
export function cardDetailsOf(
  typed: { number: string; expiry: string; cvv: string; postalCode: string },
  asks: { cvv: boolean; avs: boolean },
): CardDetails {
  return {
    number: cardDigits(typed.number),
    expiry: normalizeExpiry(typed.expiry) ?? typed.expiry.trim(),
    ...(asks.cvv ? { cvv: typed.cvv.trim() } : {}),
    ...(asks.avs ? { postalCode: typed.postalCode.trim() } : {}),
  };
}
