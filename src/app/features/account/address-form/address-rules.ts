import { AbstractControl, ValidationErrors } from '@angular/forms';

/** The postal-code shapes the WSAPI checks; other countries take 3–10 letters, digits, spaces. */
const POSTAL_CODES: Readonly<Record<string, RegExp>> = {
  US: /^\d{5}(-\d{4})?$/,
  CA: /^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/,
};
const OTHER_POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]{1,8}[A-Za-z0-9]$/;

export const POSTAL_CODE_EXAMPLES: Readonly<Record<string, string>> = {
  US: '12345 or 12345-6789',
  CA: 'A1A 1A1',
};

export function isPostalCode(value: string, country: string): boolean {
  const pattern = POSTAL_CODES[country.trim().toUpperCase()] ?? OTHER_POSTAL_CODE;
  return pattern.test(value.trim());
}

/** For the postal-code control: `{ postalCode: true }` unless it fits the sibling `country`. */
export function postalCodeValidator(control: AbstractControl<string>): ValidationErrors | null {
  if (!control.value) return null;
  const country: unknown = control.parent?.get('country')?.value;
  return isPostalCode(control.value, typeof country === 'string' ? country : '')
    ? null
    : { postalCode: true };
}
