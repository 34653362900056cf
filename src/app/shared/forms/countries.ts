import { AbstractControl, ValidationErrors } from '@angular/forms';

/** A country the portal offers: the ones whose postal codes the WSAPI checks (US, CA). */
export type CountryCode = 'US' | 'CA';

export interface Country {
  readonly code: CountryCode;
  readonly name: string;
  /** The postal-code shape the WSAPI checks for it (trimmed value, either case). */
  readonly postalCode: RegExp;
  readonly postalExample: string;
}

/**
 * The one country list of every address (account, billing, boarding), shown as one select
 * (`mat-select` over these options, value the ISO 3166-1 alpha-2 code), in this order.
 */
export const COUNTRIES: readonly Country[] = [
  {
    code: 'US',
    name: 'United States',
    postalCode: /^\d{5}(-\d{4})?$/,
    postalExample: '12345 or 12345-6789',
  },
  {
    code: 'CA',
    name: 'Canada',
    postalCode: /^[A-Za-z]\d[A-Za-z] ?\d[A-Za-z]\d$/,
    postalExample: 'K1A 0B1',
  },
];

export function countryOf(code: unknown): Country | null {
  return COUNTRIES.find((country) => country.code === code) ?? null;
}

export function isCountryCode(value: unknown): value is CountryCode {
  return countryOf(value) !== null;
}

/** "United States" for `US`; a code the list does not know, as it is. */
export function countryName(code: string): string {
  return countryOf(code)?.name ?? code;
}

/** The country select's rule: `{ required: true }` until one of {@link COUNTRIES} is chosen. */
export function countryValidator(control: AbstractControl): ValidationErrors | null {
  return isCountryCode(control.value) ? null : { required: true };
}
