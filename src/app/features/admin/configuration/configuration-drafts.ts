import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { ConfigurationMap, JsonValue } from './configuration-api';
import { text } from '../../../core/wsapi/dto-readers';
import { formatValue, kindOf } from './configuration-groups';

/**
 * Editing keeps each value's JSON kind, as the WSAPI requires: a boolean is a toggle, a number
 * or a string is typed as text and read back as that same kind ("30" stays the string "30",
 * 15 stays a number). Objects and lists are not edited here.
 */
export type Draft = boolean | string;

export function isEditable(value: JsonValue | undefined): boolean {
  const kind = kindOf(value);
  return kind === 'boolean' || kind === 'number' || kind === 'string';
}

/** What the form starts from: a boolean as is, a number or a string as text. */
export function toDraft(value: JsonValue): Draft {
  return typeof value === 'boolean'
    ? value
    : typeof value === 'number'
      ? String(value)
      : text(value);
}

export type Parsed =
  | { readonly ok: true; readonly value: JsonValue }
  | { readonly ok: false; readonly message: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

export const NUMBER_MESSAGE = 'Enter a number, like 15 or 2.5.';

/**
 * The draft read back as the original's kind. A number must parse to a finite number (digits,
 * an optional sign, decimal point and exponent; no thousands separators); a string is trimmed.
 */
export function parseDraft(original: JsonValue, draft: Draft): Parsed {
  switch (kindOf(original)) {
    case 'boolean':
      return typeof draft === 'boolean'
        ? { ok: true, value: draft }
        : { ok: false, message: 'Choose on or off.' };
    case 'number': {
      const trimmed = text(draft).trim();
      const value = NUMBER.test(trimmed) ? Number(trimmed) : NaN;
      return Number.isFinite(value) ? { ok: true, value } : { ok: false, message: NUMBER_MESSAGE };
    }
    case 'string':
      return { ok: true, value: draft === original ? original : text(draft).trim() };
    default:
      return { ok: false, message: 'This value cannot be changed here.' };
  }
}

/** A form control's validator: the draft must read back as `original`'s kind. */
export function keepsKind(original: JsonValue): ValidatorFn {
  return (control: AbstractControl<Draft>): ValidationErrors | null => {
    const parsed = parseDraft(original, control.value);
    return parsed.ok ? null : { kind: parsed.message };
  };
}

export interface DraftChanges {
  /** The keys whose value differs from the original, with their new value: what to send. */
  readonly changes: Readonly<Record<string, JsonValue>>;
  /** Keys whose draft does not read back as their kind (nothing is sent while any remain). */
  readonly invalid: readonly string[];
}

/** Only the keys that changed (a number typed as "15.0" for 15 is no change). */
export function changesOf(
  original: ConfigurationMap,
  drafts: Readonly<Record<string, Draft>>,
): DraftChanges {
  const changes: Record<string, JsonValue> = {};
  const invalid: string[] = [];
  for (const [key, draft] of Object.entries(drafts)) {
    if (!(key in original) || !isEditable(original[key])) continue;
    const parsed = parseDraft(original[key], draft);
    if (!parsed.ok) invalid.push(key);
    else if (parsed.value !== original[key]) changes[key] = parsed.value;
  }
  return { changes, invalid };
}

export interface PendingChange {
  readonly key: string;
  readonly from: string;
  readonly to: string;
}

/** The changes as a person reads them, by key: `virtual_terminal: On → Off`. */
export function describeChanges(
  original: ConfigurationMap,
  changes: Readonly<Record<string, JsonValue>>,
): PendingChange[] {
  return Object.keys(changes)
    .sort()
    .map((key) => ({ key, from: formatValue(original[key]), to: formatValue(changes[key]) }));
}

/** "1 change", "3 changes". */
export function changeCount(count: number): string {
  return count === 1 ? '1 change' : `${count} changes`;
}
