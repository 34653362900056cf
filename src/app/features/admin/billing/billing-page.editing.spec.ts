import { HttpTestingController } from '@angular/common/http/testing';
import { provideAuthState, signedInState } from '../../../../testing/auth-presets';
import { BILLING_DTO } from '../../../../testing/fixtures/admin-billing';
import { URL_20, billingPageTesting, invalid } from './billing-page.testing';

describe('BillingPage: editing and saving', () => {
  const billing = billingPageTesting(() =>
    provideAuthState(signedInState({ user: { isAdmin: true, locale: 'en_US' } })),
  );
  const { page, text, input, button, errors, settle, type, click, loaded, openBankAccount } =
    billing;
  let backend: HttpTestingController;
  async function create(): Promise<void> {
    backend = await billing.create();
  }
  afterEach(() => backend.verify());

  it('edits the phone: the PUT keeps the stored bank account, and the result is announced', async () => {
    await create();
    await loaded();
    await click('Edit');
    expect(document.activeElement).toBe(input('contactName'));
    expect(input('phone')!.value).toBe('+1 212 555 0188');
    expect(input('address-postalCode')!.value).toBe('10003');
    expect(input('bankAccount-accountNumber')).toBeNull();
    expect(text('[data-testid="current-bank-account"]')).toContain('•••• 4321');

    await type('phone', '+1 212 555 0100 ');
    await click('Save');
    expect(button('Saving…').disabled).toBeTrue();
    const request = backend.expectOne(URL_20);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body.phone).toBe('+1 212 555 0100');
    expect('bank_account' in request.request.body).toBeFalse();
    request.flush({
      billing: { ...BILLING_DTO, phone: '+1 212 555 0100', updated_at: '20261125090000' },
    });
    await settle();

    expect(text('[role="status"]')).toBe('The billing information was saved.');
    expect(document.activeElement).toBe(page().querySelector('[role="status"]'));
    expect(page().querySelector('form')).toBeNull();
    expect(text('[data-testid="billing-details"]')).toContain('+1 212 555 0100');
  });

  it('shows a server field error at its field and keeps what was typed', async () => {
    await create();
    await loaded();
    await click('Edit');
    await openBankAccount();
    await type('address-postalCode', '10003-1234');
    await type('bankAccount-accountHolder', 'Jane Doe');
    await type('bankAccount-routingNumber', '011000015');
    await type('bankAccount-accountNumber', '123456789');
    await click('Save');
    backend
      .expectOne(URL_20)
      .flush(invalid('address.postal_code', 'This ZIP code is not in New York.'), {
        status: 400,
        statusText: 'Bad Request',
      });
    await settle();

    expect(errors()).toEqual(['This ZIP code is not in New York.']);
    expect(input('address-postalCode')!.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input('address-postalCode'));
    expect(input('address-postalCode')!.value).toBe('10003-1234');
    // Kept so it need not be typed again; cleared on success or cancel.
    expect(input('bankAccount-accountNumber')!.value).toBe('123456789');
    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect(button('Save').disabled).toBeFalse();
  });

  it('shows other failures in an alert; Cancel goes back to what is stored', async () => {
    await create();
    await loaded();
    await click('Edit');
    await type('phone', '555 0199 000');
    await click('Save');
    backend.expectOne(URL_20).flush(null, { status: 500, statusText: 'Server Error' });
    await settle();
    expect(text('[role="alert"]')).toBe(
      'Saving the billing information failed: the server had a problem (HTTP 500). Please try again in a moment.',
    );
    expect(input('phone')!.value).toBe('555 0199 000');

    await click('Cancel');
    expect(page().querySelector('form')).toBeNull();
    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect(text('[data-testid="billing-details"]')).toContain('+1 212 555 0188');
    expect(document.activeElement).toBe(page().querySelector('#billing-edit'));
  });
});
