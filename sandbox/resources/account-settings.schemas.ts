import type { Configuration } from '../access/configuration.ts';
import { apiErrors } from '../http/errors.ts';
import type { UserAddress } from '../store/users.ts';
import { validPersonName } from './person-name.ts';
import { closedObject } from '../http/json-schema.ts';
import { POSTAL_CODES, boundedText, postalAddressSchema } from './postal-address.ts';

/** Account settings request shapes and rules [sandbox design]. */
export const nameBody = closedObject(
  {
    first_name: { type: 'string', maxLength: 200 },
    middle_name_initial: { type: 'string', maxLength: 8 },
    last_name: { type: 'string', maxLength: 200 },
  },
  ['first_name', 'last_name'],
);

export interface NameBody {
  first_name: string;
  middle_name_initial?: string;
  last_name: string;
}

export const addressBody = postalAddressSchema(['line1', 'city', 'postal_code', 'country']);

export type AddressBody = Partial<UserAddress> &
  Pick<UserAddress, 'line1' | 'city' | 'postal_code' | 'country'>;

export const localeBody = closedObject({ locale: { type: 'string', maxLength: 35 } }, ['locale']);

export interface LocaleBody {
  locale: string;
}

export const receiptSettingsBody = closedObject(
  {
    header: { type: 'string', maxLength: 2000 },
    footer: { type: 'string', maxLength: 2000 },
  },
  ['header', 'footer'],
);

export interface ReceiptSettingsBody {
  header: string;
  footer: string;
}

// eslint-disable-next-line no-control-regex
const CONTROL_BUT_NEWLINE = /[\u0000-\u0009\u000b-\u001f\u007f]/;

export function validName(body: NameBody) {
  const middle = (body.middle_name_initial ?? '').trim();
  if (!/^\p{L}?$/u.test(middle)) {
    throw apiErrors.invalidRequest('middle_name_initial', 'The middle initial is one letter.');
  }
  return {
    first: validPersonName(body.first_name, 'first_name'),
    middle,
    last: validPersonName(body.last_name, 'last_name'),
  };
}

export function validAddress(body: AddressBody): UserAddress {
  const country = body.country.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(country)) {
    throw apiErrors.invalidRequest('country', 'The country is a two-letter ISO code (US, CA…).');
  }
  const postal = boundedText(body.postal_code, 'postal_code', 3, 10);
  const pattern: RegExp =
    POSTAL_CODES[country as keyof typeof POSTAL_CODES] ??
    /^[A-Za-z0-9][A-Za-z0-9 -]{1,8}[A-Za-z0-9]$/;
  if (!pattern.test(postal)) {
    throw apiErrors.invalidRequest(
      'postal_code',
      `This is not a valid postal code for ${country}.`,
    );
  }
  return {
    line1: boundedText(body.line1, 'line1', 1, 100),
    line2: boundedText(body.line2, 'line2', 0, 100),
    city: boundedText(body.city, 'city', 1, 60),
    region: boundedText(body.region, 'region', 0, 60),
    postal_code: country === 'CA' ? postal.toUpperCase() : postal,
    country,
  };
}

/** `account.locale.available_locales` ("en_US, en_CA") as BCP 47 tags: ["en-US", "en-CA"]. */
export function availableLocales(configuration: Configuration): string[] {
  const value = configuration['account.locale.available_locales'];
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return list.map((item) => String(item).trim().replace('_', '-')).filter((item) => item !== '');
}

export function validLocale(value: string, configuration: Configuration): string {
  const wanted = value.trim().replace('_', '-').toLowerCase();
  const match = availableLocales(configuration).find((locale) => locale.toLowerCase() === wanted);
  if (!match) {
    throw apiErrors.invalidRequest(
      'locale',
      `Choose one of: ${availableLocales(configuration).join(', ') || '(none)'}.`,
    );
  }
  return match;
}

/** Stored as given (rendered as text); at most 200/500 characters, newlines allowed. */
export function validReceiptSettings(body: ReceiptSettingsBody): ReceiptSettingsBody {
  for (const [field, max] of [
    ['header', 200],
    ['footer', 500],
  ] as const) {
    const value = body[field];
    if ([...value].length > max || CONTROL_BUT_NEWLINE.test(value)) {
      throw apiErrors.invalidRequest(
        field,
        `${field} is at most ${max} characters, without control characters other than line breaks.`,
      );
    }
  }
  return { header: body.header, footer: body.footer };
}
