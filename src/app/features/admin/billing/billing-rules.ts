import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';
import { countryOf, isCountryCode } from '../../../shared/forms/countries';
import { isEmail } from '../../../shared/forms/email-address';
import { BillingCountry } from './billing.model';

/**
 * The WSAPI's billing rules, checked the same way before anything is sent: every value is
 * trimmed first, lengths count characters (code points), control characters are refused.
 */
const PHONE = /^[0-9 +\-().]{7,20}$/;
const PHONE_MIN_DIGITS = 7;
const ACCOUNT_NUMBER = /^\d{4,17}$/;
const CANADIAN_ROUTING_NUMBER = /^0\d{8}$/;
const CONTROL_CHARACTERS = /\p{Cc}/u;

/** 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10), on exactly 9 digits. */
export function isAbaRoutingNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const d = [...value].map(Number);
  const sum = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8]);
  return sum % 10 === 0;
}

/** US: an ABA routing number; Canada: 9 digits starting with 0 (0, institution, transit). */
export function isRoutingNumber(value: string, country: BillingCountry): boolean {
  const routing = value.trim();
  return country === 'US' ? isAbaRoutingNumber(routing) : CANADIAN_ROUTING_NUMBER.test(routing);
}

export function isPostalCode(value: string, country: BillingCountry): boolean {
  return countryOf(country)?.postalCode.test(value.trim()) ?? false;
}

/** 7–20 characters of digits, spaces and `+ - ( ) .`, at least 7 of them digits. */
export function isPhone(value: string): boolean {
  const phone = value.trim();
  return PHONE.test(phone) && phone.replace(/\D/g, '').length >= PHONE_MIN_DIGITS;
}

export function isAccountNumber(value: string): boolean {
  return ACCOUNT_NUMBER.test(value.trim());
}

const valueOf = (control: AbstractControl): string =>
  typeof control.value === 'string' ? control.value : '';

/**
 * A trimmed text of `min`–`max` characters: `required` (empty while `min` > 0), `maxlength`
 * (`{ max }`) or `controlCharacters`.
 */
export function textRule(min: number, max: number): ValidatorFn {
  return (control) => {
    const value = valueOf(control).trim();
    if (value === '') return min > 0 ? { required: true } : null;
    if ([...value].length < min) return { minlength: { min } };
    if ([...value].length > max) return { maxlength: { max } };
    return CONTROL_CHARACTERS.test(value) ? { controlCharacters: true } : null;
  };
}

/** A required value that fails `check` is `{ [key]: true }`. */
function requiredRule(key: string, check: (value: string) => boolean): ValidatorFn {
  return (control) => {
    const value = valueOf(control);
    if (value.trim() === '') return { required: true };
    return check(value) ? null : { [key]: true };
  };
}

export const emailRule = requiredRule('email', isEmail);
export const phoneRule = requiredRule('phone', isPhone);
export const accountNumberRule = requiredRule('accountNumber', isAccountNumber);

/** For `postalCode`, next to the address group's `country`. */
export function postalCodeRule(control: AbstractControl): ValidationErrors | null {
  const country: unknown = control.parent?.get('country')?.value;
  return requiredRule('postalCode', (value) =>
    isCountryCode(country) ? isPostalCode(value, country) : true,
  )(control);
}

/** For `bankAccount.routingNumber`: checked against the billing form's `address.country`. */
export function routingNumberRule(control: AbstractControl): ValidationErrors | null {
  const country: unknown = control.parent?.parent?.get('address.country')?.value;
  return requiredRule('routingNumber', (value) =>
    isCountryCode(country) ? isRoutingNumber(value, country) : true,
  )(control);
}
