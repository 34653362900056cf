import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordRuleId = 'length' | 'letter-and-digit' | 'no-user-name' | 'changed';

export interface PasswordRule {
  readonly id: PasswordRuleId;
  /** The rule as the page lists it before submit. */
  readonly label: string;
  /** What the field says when the rule is broken. */
  readonly error: string;
}

/** The rules the WSAPI enforces on a new password, in the order the page lists them. */
export const PASSWORD_RULES: readonly PasswordRule[] = [
  {
    id: 'length',
    label: `${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
    error: `Use ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters.`,
  },
  {
    id: 'letter-and-digit',
    label: 'At least one letter and one digit',
    error: 'Use at least one letter and one digit.',
  },
  {
    id: 'no-user-name',
    label: 'Does not contain your user name',
    error: 'Do not include your user name.',
  },
  {
    id: 'changed',
    label: 'Different from your current password',
    error: 'Choose a password different from your current one.',
  },
];

export interface PasswordContext {
  readonly userName: string;
  readonly currentPassword: string;
}

/** The rules `candidate` breaks, in list order; empty when it may be submitted. */
export function brokenPasswordRules(candidate: string, context: PasswordContext): PasswordRuleId[] {
  const userName = context.userName.trim().toLowerCase();
  const broken: Record<PasswordRuleId, boolean> = {
    length: candidate.length < PASSWORD_MIN_LENGTH || candidate.length > PASSWORD_MAX_LENGTH,
    'letter-and-digit': !/\p{L}/u.test(candidate) || !/\d/.test(candidate),
    'no-user-name': userName !== '' && candidate.toLowerCase().includes(userName),
    changed: candidate !== '' && candidate === context.currentPassword,
  };
  return PASSWORD_RULES.map((rule) => rule.id).filter((id) => broken[id]);
}

/**
 * For the new-password control: `{ passwordRules: PasswordRuleId[] }` when a rule is broken. The
 * current password is read from the sibling control `currentPassword`.
 */
export function newPasswordValidator(userName: () => string): ValidatorFn {
  return (control: AbstractControl<string>): ValidationErrors | null => {
    if (!control.value) return null;
    const currentPassword: unknown = control.parent?.get('currentPassword')?.value;
    const broken = brokenPasswordRules(control.value, {
      userName: userName(),
      currentPassword: typeof currentPassword === 'string' ? currentPassword : '',
    });
    return broken.length ? { passwordRules: broken } : null;
  };
}

/** For the confirmation control: `{ mismatch: true }` unless it equals the sibling `newPassword`. */
export const matchesNewPassword: ValidatorFn = (control: AbstractControl<string>) => {
  if (!control.value) return null;
  return control.value === control.parent?.get('newPassword')?.value ? null : { mismatch: true };
};

/** The field message for the first broken rule. */
export function passwordRuleError(broken: readonly PasswordRuleId[]): string | null {
  const first = PASSWORD_RULES.find((rule) => broken.includes(rule.id));
  return first?.error ?? null;
}
