import { FormGroup, NonNullableFormBuilder } from '@angular/forms';
import { WsapiError, fieldFailure, serverFieldError } from '../../../core/wsapi/wsapi-error';
import { COUNTRIES, countryOf, countryValidator } from '../../../shared/forms/countries';
import { BankAccountSummary, Billing, BillingCountry, BillingDraft } from './billing.model';
import {
  accountNumberRule,
  emailRule,
  phoneRule,
  postalCodeRule,
  routingNumberRule,
  textRule,
} from './billing-rules';

/**
 * The billing form's controls (used by the billing page and by boarding): contact, address and a
 * bank account group that is enabled only while a new account is being typed. A change of
 * country re-checks the postal code and the routing number.
 */
export function createBillingForm(fb: NonNullableFormBuilder, country: BillingCountry = 'US') {
  const form = fb.group({
    contactName: ['', textRule(1, 100)],
    email: ['', emailRule],
    phone: ['', phoneRule],
    address: fb.group({
      line1: ['', textRule(1, 100)],
      line2: ['', textRule(0, 100)],
      city: ['', textRule(1, 60)],
      region: ['', textRule(1, 60)],
      postalCode: ['', postalCodeRule],
      country: [country as BillingCountry | '', countryValidator],
    }),
    bankAccount: fb.group({
      accountHolder: ['', textRule(1, 100)],
      routingNumber: ['', routingNumberRule],
      accountNumber: ['', accountNumberRule],
    }),
  });
  // The subscription lives exactly as long as the form it belongs to.
  form.controls.address.controls.country.valueChanges.subscribe(() => {
    form.controls.address.controls.postalCode.updateValueAndValidity();
    form.controls.bankAccount.controls.routingNumber.updateValueAndValidity();
  });
  return form;
}

export type BillingForm = ReturnType<typeof createBillingForm>;

/** Fills the form from what is stored; the bank account fields start empty and closed. */
export function fillBillingForm(form: BillingForm, billing: Billing): void {
  form.reset({
    contactName: billing.contactName,
    email: billing.email,
    phone: billing.phone,
    address: { ...billing.address },
  });
  closeBankAccount(form);
}

/** Empties the bank account fields (the account number with them) and leaves them out. */
export function closeBankAccount(form: BillingForm): void {
  form.controls.bankAccount.reset();
  form.controls.bankAccount.disable();
}

/** Whether nothing (beyond spaces) is typed in the bank account fields. */
export function bankAccountIsEmpty(form: BillingForm): boolean {
  return Object.values(form.controls.bankAccount.getRawValue()).every(
    (value) => value.trim() === '',
  );
}

/** The draft to send, trimmed; null while the country is not chosen. */
export function toBillingDraft(form: BillingForm): BillingDraft | null {
  const { contactName, email, phone, address } = form.getRawValue();
  const country = address.country;
  if (country === '') return null;
  const bankAccount = form.controls.bankAccount;
  return {
    contactName: contactName.trim(),
    email: email.trim(),
    phone: phone.trim(),
    address: {
      line1: address.line1.trim(),
      line2: address.line2.trim(),
      city: address.city.trim(),
      region: address.region.trim(),
      postalCode: address.postalCode.trim(),
      country,
    },
    ...(bankAccount.enabled
      ? {
          bankAccount: {
            accountHolder: bankAccount.controls.accountHolder.value.trim(),
            routingNumber: bankAccount.controls.routingNumber.value.trim(),
            accountNumber: bankAccount.controls.accountNumber.value.trim(),
          },
        }
      : {}),
  };
}

/** The WSAPI's dotted field names → the form's control paths. */
export const BILLING_SERVER_FIELDS: Readonly<Record<string, string>> = {
  contact_name: 'contactName',
  email: 'email',
  phone: 'phone',
  'address.line1': 'address.line1',
  'address.line2': 'address.line2',
  'address.city': 'address.city',
  'address.region': 'address.region',
  'address.postal_code': 'address.postalCode',
  'address.country': 'address.country',
  'bank_account.account_holder': 'bankAccount.accountHolder',
  'bank_account.routing_number': 'bankAccount.routingNumber',
  'bank_account.account_number': 'bankAccount.accountNumber',
};

/**
 * Puts a server field error (`field` mapped through `fields` to a control path of `form`) on
 * that control as `{ server: message }`, touched so it shows. Returns the control path, or null
 * when the error is not about an enabled control of the form (the caller shows it as an alert).
 */
export function applyServerFieldError(
  form: FormGroup,
  error: WsapiError | null,
  fields: Readonly<Record<string, string>>,
): string | null {
  const fieldError = serverFieldError(error, fields);
  const control = fieldError && form.get(fieldError.control);
  if (!fieldError || !control || control.disabled) return null;
  control.setErrors({ server: fieldError.message });
  control.markAsTouched();
  return fieldError.control;
}

/**
 * The message of the WSAPI's `bank_account` error (a save without a new account was refused,
 * e.g. because the stored routing number does not fit a new country): it belongs at the bank
 * account fields as a whole. Null for any other error.
 */
export function bankAccountErrorMessage(error: WsapiError | null): string | null {
  if (fieldFailure(error)?.field !== 'bank_account') return null;
  // Its own fallback: the refusal is about the whole account, not one value typed.
  return (error && 'message' in error && error.message) || 'Enter the bank account again.';
}

/** The DOM id of a billing control (`address.postalCode` → `billing-address-postalCode`). */
export function billingControlId(path: string): string {
  return `billing-${path.replaceAll('.', '-')}`;
}

/** The control paths of `form`'s invalid enabled controls, in the order they are shown. */
export function invalidControlPaths(form: FormGroup, prefix = ''): string[] {
  return Object.entries(form.controls).flatMap(([name, control]) => {
    if (control.disabled || control.valid) return [];
    return control instanceof FormGroup
      ? invalidControlPaths(control, `${prefix}${name}.`)
      : [`${prefix}${name}`];
  });
}

/** `•••• 6789 (routing 011000015, holder Jane Doe)`. */
export function bankAccountText(account: BankAccountSummary): string {
  const holder = account.accountHolder ? `, holder ${account.accountHolder}` : '';
  return `•••• ${account.accountLast4 || '????'} (routing ${account.routingNumber}${holder})`;
}

/** The address labels that depend on the country (the first country's until one is chosen). */
export function addressLabels(country: BillingCountry | '') {
  const { postalExample } = countryOf(country) ?? COUNTRIES[0];
  return country === 'CA'
    ? {
        region: 'Province',
        postalCode: 'Postal code',
        regionExample: 'ON',
        postalExample,
      }
    : {
        region: 'State',
        postalCode: 'ZIP code',
        regionExample: 'NY',
        postalExample,
      };
}
