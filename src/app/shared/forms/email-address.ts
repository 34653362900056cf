import { AbstractControl, ValidatorFn } from '@angular/forms';

/** The WSAPI's bounds for an email address, as the sandbox checks them (`validEmail`). */
export const EMAIL_MIN = 3;
export const EMAIL_MAX = 254;
const EMAIL_PATTERN = /^[^\s@\p{Cc}]+@(?:[^\s@.\p{Cc}]+\.)+[^\s@.\p{Cc}]+$/u;

type EmailProblem = 'required' | 'emailLength' | 'email';

/**
 * The one email rule of every form (receipts, account, first login, new users, billing), the
 * server's: the trimmed address, 3–254 characters, one `@`, no spaces or control characters, a
 * dot inside the domain. (Angular's `Validators.email` takes `jane@example`, which the server
 * refuses.)
 */
function emailProblem(value: string): EmailProblem | null {
  const email = value.trim();
  if (email === '') return 'required';
  if (email.length < EMAIL_MIN || email.length > EMAIL_MAX) return 'emailLength';
  return EMAIL_PATTERN.test(email) ? null : 'email';
}

export function isEmail(value: string): boolean {
  return emailProblem(value) === null;
}

/** The rule as a form validator: `{ required }`, `{ emailLength }` or `{ email }`. */
export const emailValidator: ValidatorFn = (control: AbstractControl<string>) => {
  const problem = emailProblem(control.value);
  return problem ? { [problem]: true } : null;
};
