import { AbstractControl, ValidationErrors } from '@angular/forms';
import { countryOf } from '../../../shared/forms/countries';

/**
 * The postal-code shapes the WSAPI checks are the portal's countries' (`COUNTRIES`); an address
 * on file in another country takes 3–10 letters, digits, spaces, as the server does.
 */
const OTHER_POSTAL_CODE = /^[A-Za-z0-9][A-Za-z0-9 -]{1,8}[A-Za-z0-9]$/;

export function isPostalCode(value: string, country: string): boolean {
  const pattern = countryOf(country.trim().toUpperCase())?.postalCode ?? OTHER_POSTAL_CODE;
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
