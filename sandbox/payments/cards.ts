import type { Configuration } from '../access/configuration.ts';
import { configFlag } from '../access/configuration.ts';
import { apiErrors } from '../http/errors.ts';

/**
 * Manually entered cards: validation (Luhn, brand, expiry, CVV, postal code) and the sandbox's
 * simulated authorization by test card number. Nothing here stores anything: the caller keeps
 * the brand and the last four digits only, never the number, the expiry or the CVV.
 */

export type CardBrand = 'Visa' | 'Mastercard' | 'Amex' | 'Discover';
export type CheckResult = 'match' | 'mismatch' | 'not_checked';

export interface CardInput {
  number: string;
  expiry: string;
  cvv?: string;
  postal_code?: string;
}

/** What may be kept of a card after authorization. */
export interface CardSummary {
  brand: CardBrand;
  last4: string;
  avsResult: CheckResult;
  cvvResult: CheckResult;
}

export interface Decline {
  code: string;
  message: string;
}

/** [sandbox design] Numbers that decline, with the reason (every other valid number approves). */
export const DECLINING_TEST_CARDS: Readonly<Record<string, Decline>> = {
  '4000000000000002': { code: 'insufficient_funds', message: 'Insufficient funds.' },
  '4000000000000010': { code: 'do_not_honor', message: 'The issuer declined the card.' },
  '4000000000000069': { code: 'expired_card', message: 'The issuer reports the card as expired.' },
  '4000000000000119': {
    code: 'processing_error',
    message: 'The card could not be processed. Try again.',
  },
  '4000000000009987': {
    code: 'lost_or_stolen',
    message: 'The issuer reports the card as lost or stolen.',
  },
};

/** [sandbox design] A CVV of 000 and a postal code of 00000 do not match the card's records. */
export const MISMATCHING_CVV = '000';
export const MISMATCHING_POSTAL_CODE = '00000';

export const AVS_MISMATCH: Decline = {
  code: 'avs_mismatch',
  message: 'The postal code does not match the card.',
};
export const CVV_MISMATCH: Decline = {
  code: 'cvv_mismatch',
  message: 'The security code does not match the card.',
};

export function luhnValid(digits: string): boolean {
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

/** Brand by IIN range; undefined for brands the sandbox does not accept. */
export function cardBrand(digits: string): CardBrand | undefined {
  const prefix2 = Number(digits.slice(0, 2));
  const prefix3 = Number(digits.slice(0, 3));
  const prefix4 = Number(digits.slice(0, 4));
  const prefix6 = Number(digits.slice(0, 6));
  const length = digits.length;
  if (digits.startsWith('4') && [13, 16, 19].includes(length)) return 'Visa';
  if (((prefix2 >= 51 && prefix2 <= 55) || (prefix4 >= 2221 && prefix4 <= 2720)) && length === 16)
    return 'Mastercard';
  if ((prefix2 === 34 || prefix2 === 37) && length === 15) return 'Amex';
  if (
    (prefix4 === 6011 ||
      prefix2 === 65 ||
      (prefix3 >= 644 && prefix3 <= 649) ||
      (prefix6 >= 622126 && prefix6 <= 622925)) &&
    length >= 16 &&
    length <= 19
  )
    return 'Discover';
  return undefined;
}

const invalid = (field: string, message: string) =>
  apiErrors.invalidRequest(`card.${field}`, message);

/** The digits of a card number typed with optional spaces or hyphens, or a 400 on `card.number`. */
export function cardDigits(number: string): { digits: string; brand: CardBrand } {
  const digits = number.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits)) {
    throw invalid('number', 'Enter the card number: 12 to 19 digits.');
  }
  if (!luhnValid(digits)) throw invalid('number', 'This card number is not valid.');
  const brand = cardBrand(digits);
  if (!brand) {
    throw invalid('number', 'This card type is not accepted (Visa, Mastercard, Amex, Discover).');
  }
  return { digits, brand };
}

/**
 * `MM/YY`; the card is valid through the last day of that month (UTC, by the sandbox clock) and
 * at most 20 years ahead.
 */
export function checkExpiry(expiry: string, now: number): void {
  const match = /^(0[1-9]|1[0-2])\/(\d{2})$/.exec(expiry.trim());
  if (!match) throw invalid('expiry', 'Enter the expiry date as MM/YY.');
  const month = Number(match[1]);
  const year = 2000 + Number(match[2]);
  const today = new Date(now);
  const current = today.getUTCFullYear() * 12 + today.getUTCMonth();
  const card = year * 12 + (month - 1);
  if (card < current) throw invalid('expiry', 'This card has expired.');
  if (card > current + 20 * 12) throw invalid('expiry', 'Check the expiry date.');
}

/**
 * Validates a manually entered card against the configuration and simulates the processor.
 * Throws 400 (`card.*`) for input problems; answers the decline, if any, for business outcomes.
 */
export function authorizeCard(
  card: CardInput,
  configuration: Configuration,
  now: number,
): { summary: CardSummary; decline: Decline | null } {
  const { digits, brand } = cardDigits(card.number);
  checkExpiry(card.expiry, now);

  const cvvRequired = configFlag(configuration, 'processing.config.cvv');
  const cvvLength = brand === 'Amex' ? 4 : 3;
  if (card.cvv === undefined || card.cvv === '') {
    if (cvvRequired) throw invalid('cvv', 'Enter the security code (CVV).');
  } else if (!new RegExp(`^\\d{${cvvLength}}$`).test(card.cvv)) {
    throw invalid('cvv', `The security code is ${cvvLength} digits.`);
  }

  const avsRequired = configFlag(configuration, 'processing.config.avs');
  const postal = card.postal_code?.trim() ?? '';
  if (postal === '') {
    if (avsRequired) throw invalid('postal_code', 'Enter the billing postal code.');
  } else if (!/^[A-Za-z0-9][A-Za-z0-9 -]{1,8}[A-Za-z0-9]$/.test(postal)) {
    throw invalid('postal_code', 'Enter a valid postal code (3 to 10 letters or digits).');
  }

  const cvvResult: CheckResult =
    !cvvRequired || !card.cvv ? 'not_checked' : card.cvv === MISMATCHING_CVV ? 'mismatch' : 'match';
  const avsResult: CheckResult =
    !avsRequired || postal === ''
      ? 'not_checked'
      : postal === MISMATCHING_POSTAL_CODE
        ? 'mismatch'
        : 'match';
  const summary: CardSummary = { brand, last4: digits.slice(-4), avsResult, cvvResult };

  const decline =
    DECLINING_TEST_CARDS[digits] ??
    (cvvResult === 'mismatch' && configFlag(configuration, 'processing.config.cvv.reverse_mismatch')
      ? CVV_MISMATCH
      : avsResult === 'mismatch' &&
          configFlag(configuration, 'processing.config.avs.reverse_mismatch')
        ? AVS_MISMATCH
        : null);
  return { summary, decline };
}

const DECLINE_MESSAGES: Record<string, string> = Object.fromEntries(
  [...Object.values(DECLINING_TEST_CARDS), AVS_MISMATCH, CVV_MISMATCH].map((decline) => [
    decline.code,
    decline.message,
  ]),
);

export function declineMessage(code: string): string {
  return DECLINE_MESSAGES[code] ?? 'The card was declined.';
}
