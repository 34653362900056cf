/**
 * Reading the WSAPI's loose JSON (snake_case, types not always the ones documented): every
 * feature's DTO → domain mapping reads fields through these, never trusting a field's type.
 * A value of the wrong type reads as a safe default, never as `undefined` or `NaN`.
 */

/** A JSON object as sent: its fields still to be read. */
export type DtoRecord = Readonly<Record<string, unknown>>;

/** A string as sent; anything else is ''. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** An id: a string, or a finite number as its digits (the vendor sends either); else ''. */
export function idText(value: unknown): string {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : text(value);
}

/** `read(value)`, with '' as null: a field that may be absent. */
export function optionalText(
  value: unknown,
  read: (value: unknown) => string = text,
): string | null {
  return read(value) || null;
}

/** True only for `true` (a missing or `"true"` flag is off). */
export function flag(value: unknown): boolean {
  return value === true;
}

/** An amount in minor units (may be negative): a safe integer, else `fallback`. */
export function integer(value: unknown, fallback = 0): number {
  return typeof value === 'number' && Number.isSafeInteger(value) ? value : fallback;
}

/** A count, page or size: a safe integer ≥ 0, also written as digits in a string; else `fallback`. */
export function count(value: unknown, fallback = 0): number {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0
    ? number
    : fallback;
}

/** A JSON object (not an array), else null: a nested object that may be absent. */
export function optionalRecord(value: unknown): DtoRecord | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as DtoRecord)
    : null;
}

/** A JSON object, else `{}`: its fields then read as their defaults. */
export function record(value: unknown): DtoRecord {
  return optionalRecord(value) ?? {};
}

/** A JSON array, else []. */
export function array(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The objects of a JSON array; anything else in it is dropped. */
export function records(value: unknown): DtoRecord[] {
  return array(value)
    .map(optionalRecord)
    .filter((item): item is DtoRecord => item !== null);
}
