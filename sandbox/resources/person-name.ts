import { apiErrors } from '../http/errors.ts';

/** [sandbox design] A first or last name: at most this many characters (code points). */
export const PERSON_NAME_MAX_LENGTH = 50;

/**
 * What no person's name holds: control characters (C0, DEL, C1), line and paragraph separators,
 * and the bidirectional embeddings, overrides, isolates and marks that make text display in
 * another order than it is stored. Joiners (ZWJ, ZWNJ), which some scripts need, are allowed.
 */
const FORBIDDEN = /[\p{Cc}\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

/**
 * The one validator of every person-name field (a user's first and last name, whether created by
 * an admin or changed by the user; a billing contact): trimmed, 1–`max` characters, none of
 * `FORBIDDEN`. The trimmed name, or 400 `invalid_request` on `field`.
 */
export function validPersonName(
  value: string | undefined,
  field: string,
  max = PERSON_NAME_MAX_LENGTH,
): string {
  const name = (value ?? '').trim();
  const length = [...name].length;
  if (length < 1 || length > max || FORBIDDEN.test(name)) {
    throw apiErrors.invalidRequest(
      field,
      `${field} must be 1 to ${max} characters, without control characters or text-direction marks.`,
    );
  }
  return name;
}
