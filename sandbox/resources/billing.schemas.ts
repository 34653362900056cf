import { formatVendorTimestamp } from '../clock.ts';
import { apiErrors } from '../http/errors.ts';
import type {
  BillingAddress,
  BillingCountry,
  BillingDetails,
  BillingRecord,
  StoredBankAccount,
} from '../store/billing.ts';
import { validPersonName } from './person-name.ts';
import { validEmail } from './users.schemas.ts';
import { closedObject } from '../http/json-schema.ts';
import { POSTAL_CODES, boundedText, postalAddressSchema } from './postal-address.ts';

/**
 * Billing bodies (`PUT /WSAPI/Organizations/{id}/Billing`, and `billing` inside a boarding
 * request) [sandbox design]. The schemas check shape and types only (no coercion, no unknown
 * keys, generous maximum lengths); the rules with human messages are in `validBilling`.
 */
const addressSchema = postalAddressSchema(['line1', 'city', 'region', 'postal_code', 'country']);

const bankAccountSchema = closedObject(
  {
    account_holder: { type: 'string', maxLength: 400 },
    routing_number: { type: 'string', maxLength: 40 },
    account_number: { type: 'string', maxLength: 64 },
  },
  ['account_holder', 'routing_number', 'account_number'],
);

const billingProperties = {
  contact_name: { type: 'string', maxLength: 400 },
  email: { type: 'string', maxLength: 400 },
  phone: { type: 'string', maxLength: 100 },
  address: addressSchema,
  bank_account: bankAccountSchema,
} as const;

const billingRequired = ['contact_name', 'email', 'phone', 'address'] as const;

/** The Billing PUT body: `bank_account` optional (omitted = keep the stored one). */
export const billingBody = closedObject(billingProperties, billingRequired);

/** `billing` of a boarding request: `bank_account` required. */
export const boardingBillingBody = closedObject(billingProperties, [
  ...billingRequired,
  'bank_account',
]);

export interface BillingBody {
  contact_name: string;
  email: string;
  phone: string;
  address: {
    line1: string;
    line2?: string;
    city: string;
    region: string;
    postal_code: string;
    country: string;
  };
  bank_account?: { account_holder: string; routing_number: string; account_number: string };
}

/** What a valid body becomes: the account number is already reduced to its last four digits. */
export interface BillingInput extends Omit<BillingDetails, 'bank_account'> {
  bank_account: StoredBankAccount | undefined;
}

const PHONE = /^[0-9 +\-().]{7,20}$/;
const PHONE_MIN_DIGITS = 7;
const ACCOUNT_NUMBER = /^\d{4,17}$/;

/** `US` or `CA` (trimmed, any case), or 400 on `field`. */
export function validCountry(value: string, field: string): BillingCountry {
  const country = value.trim().toUpperCase();
  if (country !== 'US' && country !== 'CA') {
    throw apiErrors.invalidRequest(field, 'The country must be US or CA.');
  }
  return country;
}

/**
 * A US ABA routing number's checksum: 3·(d1+d4+d7) + 7·(d2+d5+d8) + (d3+d6+d9) ≡ 0 (mod 10).
 * `digits` must be 9 digits.
 */
export function abaChecksumValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  const sum = 3 * (d[0]! + d[3]! + d[6]!) + 7 * (d[1]! + d[4]! + d[7]!) + (d[2]! + d[5]! + d[8]!);
  return sum % 10 === 0;
}

/** Whether `routing` (already trimmed) is a routing number of `country` (see `validRoutingNumber`). */
export function routingNumberValidFor(routing: string, country: BillingCountry): boolean {
  return country === 'US' ? abaChecksumValid(routing) : /^0\d{8}$/.test(routing);
}

function validRoutingNumber(value: string, country: BillingCountry, field: string): string {
  const routing = value.trim();
  if (routingNumberValidFor(routing, country)) return routing;
  if (country === 'US') {
    throw apiErrors.invalidRequest(
      field,
      'A US routing number is 9 digits with a valid ABA check digit.',
    );
  }
  throw apiErrors.invalidRequest(
    field,
    'A Canadian routing number is 9 digits starting with 0 (0, institution, transit).',
  );
}

function validAddress(body: BillingBody['address'], prefix: string): BillingAddress {
  const field = (name: string) => `${prefix}address.${name}`;
  const line1 = boundedText(body.line1, field('line1'), 1, 100);
  const line2 = boundedText(body.line2, field('line2'), 0, 100);
  const city = boundedText(body.city, field('city'), 1, 60);
  const region = boundedText(body.region, field('region'), 1, 60);
  const country = validCountry(body.country, field('country'));
  const postal = body.postal_code.trim();
  if (!POSTAL_CODES[country].test(postal)) {
    throw apiErrors.invalidRequest(
      field('postal_code'),
      country === 'US'
        ? 'A US ZIP code is 12345 or 12345-6789.'
        : 'A Canadian postal code looks like K1A 0B1.',
    );
  }
  const postalCode =
    country === 'CA'
      ? `${postal.replace(' ', '').slice(0, 3)} ${postal.replace(' ', '').slice(3)}`.toUpperCase()
      : postal;
  return { line1, line2, city, region, postal_code: postalCode, country };
}

/**
 * Checks a billing body; `prefix` is put before every `field` (`billing.` inside a boarding
 * request). The full account number goes no further than this function: only its last four
 * digits come out.
 */
export function validBilling(body: BillingBody, prefix = ''): BillingInput {
  const contactName = validPersonName(body.contact_name, `${prefix}contact_name`, 100);
  const email = validEmail(body.email, `${prefix}email`);
  const phone = body.phone.trim();
  if (!PHONE.test(phone) || phone.replace(/\D/g, '').length < PHONE_MIN_DIGITS) {
    throw apiErrors.invalidRequest(
      `${prefix}phone`,
      'The phone number is 7 to 20 characters: digits, spaces and + - ( ) . with at least 7 digits.',
    );
  }
  const address = validAddress(body.address, prefix);
  let bankAccount: StoredBankAccount | undefined;
  if (body.bank_account) {
    const field = (name: string) => `${prefix}bank_account.${name}`;
    const holder = boundedText(body.bank_account.account_holder, field('account_holder'), 1, 100);
    const routing = validRoutingNumber(
      body.bank_account.routing_number,
      address.country,
      field('routing_number'),
    );
    const accountNumber = body.bank_account.account_number.trim();
    if (!ACCOUNT_NUMBER.test(accountNumber)) {
      throw apiErrors.invalidRequest(
        field('account_number'),
        'The account number is 4 to 17 digits.',
      );
    }
    bankAccount = {
      account_holder: holder,
      routing_number: routing,
      account_last4: accountNumber.slice(-4),
    };
  }
  return { contact_name: contactName, email, phone, address, bank_account: bankAccount };
}

/** The top-level names whose value a change sets differently (`bank_account` whenever given). */
export function changedBillingFields(
  current: BillingDetails | undefined,
  next: BillingInput,
): string[] {
  const changed: string[] = [];
  for (const key of ['contact_name', 'email', 'phone'] as const) {
    if (current?.[key] !== next[key]) changed.push(key);
  }
  if (JSON.stringify(current?.address) !== JSON.stringify(next.address)) changed.push('address');
  // A new account number with the same last four is still a new account: the sandbox cannot
  // tell, so a body that carries a bank account always counts as changing it.
  if (next.bank_account) changed.push('bank_account');
  return changed;
}

/** The response shape of a billing record. */
export function billingJson(organizationId: string, record: BillingRecord | undefined) {
  return {
    organization_id: organizationId,
    contact_name: record?.contact_name ?? '',
    email: record?.email ?? '',
    phone: record?.phone ?? '',
    address: record
      ? { ...record.address }
      : { line1: '', line2: '', city: '', region: '', postal_code: '', country: '' },
    bank_account: record?.bank_account ? { ...record.bank_account } : null,
    updated_at: record?.updated_at == null ? null : formatVendorTimestamp(record.updated_at),
  };
}
