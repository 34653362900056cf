import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/*
 * The server's rules for a new user (sandbox `resources/admin.ts` and `auth/password-change.ts`),
 * checked in the form before anything is sent. The server stays the judge: its answer is shown on
 * the field it names.
 */

export const USER_NAME_MIN = 3;
export const USER_NAME_MAX = 64;
const USER_NAME_PATTERN = /^[A-Za-z0-9._@-]+$/;

export const PERSON_NAME_MAX = 50;

export const TEMPORARY_PASSWORD_MIN = 12;
export const TEMPORARY_PASSWORD_MAX = 128;

/** Characters as the server counts them (code points of the NFC form), not UTF-16 units. */
function characters(value: string): number {
  return [...value.normalize('NFC')].length;
}

/** `{ required }`, `{ userNameLength }` or `{ userNameCharacters }` for the trimmed user name. */
export const userNameValidator: ValidatorFn = (control: AbstractControl<string>) => {
  const name = control.value.trim();
  if (name === '') return { required: true };
  if (name.length < USER_NAME_MIN || name.length > USER_NAME_MAX) return { userNameLength: true };
  return USER_NAME_PATTERN.test(name) ? null : { userNameCharacters: true };
};

/** A first or last name: required once trimmed, at most 50 characters. */
export const personNameValidator: ValidatorFn = (control: AbstractControl<string>) => {
  const name = control.value.trim();
  if (name === '') return { required: true };
  return characters(name) > PERSON_NAME_MAX ? { personNameLength: true } : null;
};

export type TemporaryPasswordRuleId = 'length' | 'letter-and-digit' | 'no-user-name';

export interface TemporaryPasswordRule {
  readonly id: TemporaryPasswordRuleId;
  /** The rule as the form lists it. */
  readonly label: string;
  /** What the field says when the rule is broken. */
  readonly error: string;
}

/** The new-password rules the server applies to a temporary password, in the order it checks. */
export const TEMPORARY_PASSWORD_RULES: readonly TemporaryPasswordRule[] = [
  {
    id: 'length',
    label: `${TEMPORARY_PASSWORD_MIN} to ${TEMPORARY_PASSWORD_MAX} characters`,
    error: `Use ${TEMPORARY_PASSWORD_MIN} to ${TEMPORARY_PASSWORD_MAX} characters.`,
  },
  {
    id: 'letter-and-digit',
    label: 'At least one letter and one digit',
    error: 'Use at least one letter and one digit.',
  },
  {
    id: 'no-user-name',
    label: 'Does not contain the user name',
    error: 'Do not include the user name.',
  },
];

/** The rules `password` breaks for `userName`, in list order; empty when it may be sent. */
export function brokenTemporaryPasswordRules(
  password: string,
  userName: string,
): TemporaryPasswordRuleId[] {
  const candidate = password.normalize('NFC');
  const length = characters(candidate);
  const name = userName.trim().toLowerCase().normalize('NFC');
  const broken: Record<TemporaryPasswordRuleId, boolean> = {
    length: length < TEMPORARY_PASSWORD_MIN || length > TEMPORARY_PASSWORD_MAX,
    'letter-and-digit': !/\p{L}/u.test(candidate) || !/\p{Nd}/u.test(candidate),
    'no-user-name': name !== '' && candidate.toLowerCase().includes(name),
  };
  return TEMPORARY_PASSWORD_RULES.map((rule) => rule.id).filter((id) => broken[id]);
}

/** Every rule, marked met as soon as a typed password satisfies it (none while it is empty). */
export function temporaryPasswordRuleStates(
  password: string,
  userName: string,
): (TemporaryPasswordRule & { readonly met: boolean })[] {
  const broken = password === '' ? [] : brokenTemporaryPasswordRules(password, userName);
  return TEMPORARY_PASSWORD_RULES.map((rule) => ({
    ...rule,
    met: password !== '' && !broken.includes(rule.id),
  }));
}

/**
 * For the temporary-password control: `{ required }` or `{ passwordRules: [...] }`. The user name
 * is read from the sibling control `userName`.
 */
export const temporaryPasswordValidator: ValidatorFn = (
  control: AbstractControl<string>,
): ValidationErrors | null => {
  if (control.value === '') return { required: true };
  const userName: unknown = control.parent?.get('userName')?.value;
  const broken = brokenTemporaryPasswordRules(
    control.value,
    typeof userName === 'string' ? userName : '',
  );
  return broken.length ? { passwordRules: broken } : null;
};

/** The field message for the first broken rule. */
export function temporaryPasswordError(broken: readonly TemporaryPasswordRuleId[]): string | null {
  return TEMPORARY_PASSWORD_RULES.find((rule) => broken.includes(rule.id))?.error ?? null;
}

/** Letters and digits that cannot be mistaken for one another when read out or copied by hand. */
const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '-_!#%+=?';
const ALPHABET = LETTERS + DIGITS + SYMBOLS;
export const GENERATED_PASSWORD_LENGTH = 16;

export type RandomFill = (array: Uint32Array) => Uint32Array;

const cryptoFill: RandomFill = (array) => crypto.getRandomValues(array);

/** A uniform index below `size` from 32-bit random values (rejection sampling: no modulo bias). */
function randomIndex(size: number, fill: RandomFill): number {
  const limit = Math.floor(0x1_0000_0000 / size) * size;
  const word = new Uint32Array(1);
  for (;;) {
    fill(word);
    if (word[0] < limit) return word[0] % size;
  }
}

/**
 * A strong random temporary password (16 characters from 64, 96 bits) that meets the server's rules
 * for `userName`: at least one letter and one digit, never containing the user name.
 */
export function generateTemporaryPassword(userName: string, fill: RandomFill = cryptoFill): string {
  for (;;) {
    let password = '';
    for (let i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
      password += ALPHABET[randomIndex(ALPHABET.length, fill)];
    }
    if (brokenTemporaryPasswordRules(password, userName).length === 0) return password;
  }
}
