import { TestBed } from '@angular/core/testing';
import { NonNullableFormBuilder } from '@angular/forms';
import {
  BILLING_SERVER_FIELDS,
  BillingForm,
  applyServerFieldError,
  bankAccountErrorMessage,
  bankAccountIsEmpty,
  bankAccountText,
  closeBankAccount,
  createBillingForm,
  fillBillingForm,
  invalidControlPaths,
  toBillingDraft,
} from './billing-form';
import { billingErrorMessage } from './billing-messages';
import { Billing } from './billing.model';
import { BILLING } from './billing.testing';
import { refusal } from '../../../../testing/wsapi-errors';

describe('billing form', () => {
  let form: BillingForm;

  beforeEach(() => {
    form = createBillingForm(TestBed.inject(NonNullableFormBuilder));
    fillBillingForm(form, BILLING);
  });

  it('is filled from the stored billing, the bank account closed and empty', () => {
    expect(form.valid).toBeTrue();
    expect(form.controls.bankAccount.disabled).toBeTrue();
    expect(form.controls.bankAccount.getRawValue().accountNumber).toBe('');
    expect(toBillingDraft(form)).toEqual({
      contactName: 'Priya Raman',
      email: 'billing@demo-parent.example',
      phone: '+1 212 555 0188',
      address: BILLING.address as Billing['address'] & { country: 'US' },
    });
  });

  it('with the bank account open, requires it and sends it trimmed', () => {
    form.controls.bankAccount.enable();
    expect(form.valid).toBeFalse();
    expect(invalidControlPaths(form)).toEqual([
      'bankAccount.accountHolder',
      'bankAccount.routingNumber',
      'bankAccount.accountNumber',
    ]);
    form.controls.bankAccount.setValue({
      accountHolder: ' Jane Doe ',
      routingNumber: '011000015',
      accountNumber: ' 123456789 ',
    });
    form.controls.phone.setValue(' 212 555 0100 ');
    expect(form.valid).toBeTrue();
    const draft = toBillingDraft(form);
    expect(draft?.phone).toBe('212 555 0100');
    expect(draft?.bankAccount).toEqual({
      accountHolder: 'Jane Doe',
      routingNumber: '011000015',
      accountNumber: '123456789',
    });
  });

  it('closing the bank account forgets the account number', () => {
    form.controls.bankAccount.enable();
    form.controls.bankAccount.controls.accountNumber.setValue('123456789');
    closeBankAccount(form);
    expect(form.controls.bankAccount.getRawValue().accountNumber).toBe('');
    expect(toBillingDraft(form)?.bankAccount).toBeUndefined();
  });

  it('re-checks the postal code and the routing number when the country changes', () => {
    form.controls.bankAccount.enable();
    form.controls.bankAccount.setValue({
      accountHolder: 'Jane Doe',
      routingNumber: '000112345',
      accountNumber: '1234',
    });
    const { postalCode, country } = form.controls.address.controls;
    const routing = form.controls.bankAccount.controls.routingNumber;
    expect(routing.hasError('routingNumber')).toBeTrue();
    postalCode.setValue('K1A 0B1');
    expect(postalCode.hasError('postalCode')).toBeTrue();

    country.setValue('CA');
    expect(postalCode.valid).toBeTrue();
    expect(routing.valid).toBeTrue();
    expect(billingErrorMessage('address.region', { required: true }, 'CA')).toBe(
      'Enter the province.',
    );

    country.setValue('US');
    expect(postalCode.hasError('postalCode')).toBeTrue();
    expect(billingErrorMessage('address.postalCode', postalCode.errors, 'US')).toBe(
      'A US ZIP code looks like 12345 or 12345-6789.',
    );
  });

  it('puts a dotted server field on its control, and leaves other errors to the page', () => {
    const error = (field: string | null) => refusal(field, 'Not this one.');
    expect(applyServerFieldError(form, error('address.postal_code'), BILLING_SERVER_FIELDS)).toBe(
      'address.postalCode',
    );
    expect(form.controls.address.controls.postalCode.errors).toEqual({ server: 'Not this one.' });
    expect(form.controls.address.controls.postalCode.value).toBe('10003');
    expect(applyServerFieldError(form, error('contact_name'), BILLING_SERVER_FIELDS)).toBe(
      'contactName',
    );
    // Not a field of this form, no field at all, or a closed bank account: the page's alert.
    expect(applyServerFieldError(form, error('body'), BILLING_SERVER_FIELDS)).toBeNull();
    expect(applyServerFieldError(form, error(null), BILLING_SERVER_FIELDS)).toBeNull();
    expect(
      applyServerFieldError(form, error('bank_account.routing_number'), BILLING_SERVER_FIELDS),
    ).toBeNull();
    expect(
      applyServerFieldError(form, { kind: 'server', status: 500 }, BILLING_SERVER_FIELDS),
    ).toBeNull();
  });

  it('knows the bank_account refusal, which belongs to the bank account as a whole', () => {
    const error = (field: string | null, message = 'Enter it again.') => refusal(field, message);
    expect(bankAccountErrorMessage(error('bank_account'))).toBe('Enter it again.');
    expect(bankAccountErrorMessage(error('bank_account', ''))).toBe(
      'Enter the bank account again.',
    );
    expect(bankAccountErrorMessage(error('bank_account.routing_number'))).toBeNull();
    expect(bankAccountErrorMessage(error(null))).toBeNull();
    expect(bankAccountErrorMessage({ kind: 'server', status: 500 })).toBeNull();
    expect(bankAccountErrorMessage(null)).toBeNull();
  });

  it('tells whether anything is typed in the bank account fields', () => {
    form.controls.bankAccount.enable();
    expect(bankAccountIsEmpty(form)).toBeTrue();
    form.controls.bankAccount.controls.accountHolder.setValue('  ');
    expect(bankAccountIsEmpty(form)).toBeTrue();
    form.controls.bankAccount.controls.accountNumber.setValue('1');
    expect(bankAccountIsEmpty(form)).toBeFalse();
  });

  it('describes a stored account by its last four digits only', () => {
    expect(bankAccountText(BILLING.bankAccount!)).toBe(
      '•••• 4321 (routing 021000021, holder Demo Parent Merchant Inc.)',
    );
  });
});
