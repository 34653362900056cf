import { closedObject } from '../http/json-schema.ts';
import { apiErrors } from '../http/errors.ts';

/**
 * What a user's address and a billing address share [sandbox design]: the request schema (shape
 * and types only, generous lengths; the rules with human messages come after), the postal-code
 * patterns of the countries the sandbox knows, and one bounded-text rule.
 */
export type PostalAddressField = 'line1' | 'line2' | 'city' | 'region' | 'postal_code' | 'country';

export function postalAddressSchema(required: readonly PostalAddressField[]) {
  return closedObject(
    {
      line1: { type: 'string', maxLength: 400 },
      line2: { type: 'string', maxLength: 400 },
      city: { type: 'string', maxLength: 240 },
      region: { type: 'string', maxLength: 240 },
      postal_code: { type: 'string', maxLength: 40 },
      country: { type: 'string', maxLength: 8 },
    },
    required,
  );
}

export const POSTAL_CODES = {
  US: /^\d{5}(-\d{4})?$/,
  CA: /^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/,
} as const satisfies Record<string, RegExp>;

/** Trimmed text of `min`–`max` characters without control characters, or a 400 on `field`. */
export function boundedText(
  value: string | undefined,
  field: string,
  min: number,
  max: number,
): string {
  const trimmed = (value ?? '').trim();
  const length = [...trimmed].length;
  if (length < min || length > max || /\p{Cc}/u.test(trimmed)) {
    throw apiErrors.invalidRequest(
      field,
      min > 0
        ? `${field} is ${min} to ${max} characters, without control characters.`
        : `${field} is at most ${max} characters, without control characters.`,
    );
  }
  return trimmed;
}
