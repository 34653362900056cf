import { HttpTestingController } from '@angular/common/http/testing';
import { provideAuthState, signedInState } from '../../../../testing/auth-presets';
import { BILLING_DTO } from '../../../../testing/fixtures/admin-billing';
import { NEW_ACCOUNT, URL_20, billingPageTesting, invalid } from './billing-page.testing';

describe('BillingPage: a change of country', () => {
  const billing = billingPageTesting(() =>
    provideAuthState(signedInState({ user: { isAdmin: true, locale: 'en_US' } })),
  );
  const {
    page,
    text,
    input,
    errors,
    settle,
    type,
    click,
    loaded,
    chooseCountry,
    bankAccountToggle,
    bankAccountMessage,
  } = billing;
  let backend: HttpTestingController;
  async function create(): Promise<void> {
    backend = await billing.create();
  }
  afterEach(() => backend.verify());

  it('opens the bank account when the country changes, says why, and checks it for that country', async () => {
    await create();
    await loaded();
    await click('Edit');
    expect(input('bankAccount-accountNumber')).toBeNull();
    expect(page().querySelector('[data-testid="bank-account-message"]')).toBeNull();

    await chooseCountry('Canada');
    expect(await (await bankAccountToggle()).isChecked()).toBeTrue();
    expect(input('bankAccount-accountNumber')!.value).toBe('');
    expect(input('bankAccount-routingNumber')!.value).toBe('');
    expect(bankAccountMessage()).toBe('The country changed: enter the bank account for Canada.');
    expect(input('bankAccount-accountHolder')!.getAttribute('aria-describedby')).toContain(
      'billing-bankAccount-message',
    );

    // Back to the stored country with nothing typed: closed again, nothing left behind.
    await chooseCountry('United States');
    expect(input('bankAccount-accountNumber')).toBeNull();
    expect(page().querySelector('[data-testid="bank-account-message"]')).toBeNull();
    expect(await (await bankAccountToggle()).isChecked()).toBeFalse();

    // Once something is typed, going back keeps the fields (and what was typed) open.
    await chooseCountry('Canada');
    await type('bankAccount-accountHolder', 'Jane Doe');
    await type('bankAccount-routingNumber', '121000358');
    await type('bankAccount-accountNumber', '123456789');
    await type('address-region', 'ON');
    await type('address-postalCode', 'K1A 0B1');
    await click('Save');
    // A valid US routing number that does not fit Canada: refused before anything is sent.
    backend.expectNone(URL_20);
    expect(errors()).toEqual([
      'A Canadian routing number is 9 digits starting with 0 (0, institution, transit).',
    ]);
    expect(document.activeElement).toBe(input('bankAccount-routingNumber'));

    await chooseCountry('United States');
    expect(bankAccountMessage()).toBe('');
    expect(input('bankAccount-accountNumber')!.value).toBe('123456789');
    await chooseCountry('Canada');
    await type('bankAccount-routingNumber', '000112345');
    await click('Save');
    const request = backend.expectOne(URL_20);
    expect(request.request.body.address).toEqual(
      jasmine.objectContaining({ country: 'CA', region: 'ON', postal_code: 'K1A 0B1' }),
    );
    expect(request.request.body.bank_account).toEqual({
      account_holder: 'Jane Doe',
      routing_number: '000112345',
      account_number: '123456789',
    });
  });

  it('leaves the bank account alone on a change of country when none is on file', async () => {
    await create();
    await loaded({ ...BILLING_DTO, bank_account: null });
    await click('Edit');
    await chooseCountry('Canada');
    expect(input('bankAccount-accountNumber')).toBeNull();
    expect(page().querySelector('[data-testid="bank-account-message"]')).toBeNull();
  });

  it('shows a bank_account refusal at the bank account: opened, said there, its first field focused', async () => {
    await create();
    await loaded();
    await click('Edit');
    await chooseCountry('Canada');
    // The user closes the fields again and tries to keep the stored account.
    await (await bankAccountToggle()).toggle();
    await settle();
    expect(input('bankAccount-accountNumber')).toBeNull();
    await type('address-region', 'ON');
    await type('address-postalCode', 'K1A 0B1');
    await click('Save');
    const refused = backend.expectOne(URL_20);
    expect('bank_account' in refused.request.body).toBeFalse();
    refused.flush(
      invalid('bank_account', 'The bank account must be entered again when the country changes.'),
      { status: 400, statusText: 'Bad Request' },
    );
    await settle();

    expect(await (await bankAccountToggle()).isChecked()).toBeTrue();
    expect(bankAccountMessage()).toBe(
      'The bank account must be entered again when the country changes.',
    );
    expect(
      page()
        .querySelector('[data-testid="bank-account-message"]')!
        .classList.contains('billing-fields__notice--error'),
    ).toBeTrue();
    expect(document.activeElement).toBe(input('bankAccount-accountHolder'));
    expect(input('bankAccount-accountHolder')!.getAttribute('aria-describedby')).toContain(
      'billing-bankAccount-message',
    );
    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect(input('address-postalCode')!.value).toBe('K1A 0B1');

    await type('bankAccount-accountHolder', 'Jane Doe');
    expect(bankAccountMessage()).toBe('The country changed: enter the bank account for Canada.');
    await type('bankAccount-routingNumber', '000112345');
    await type('bankAccount-accountNumber', '123456789');
    await click('Save');
    const request = backend.expectOne(URL_20);
    expect(request.request.body.bank_account.routing_number).toBe('000112345');
    request.flush({
      billing: {
        ...BILLING_DTO,
        address: { ...BILLING_DTO.address, region: 'ON', postal_code: 'K1A 0B1', country: 'CA' },
        bank_account: { ...NEW_ACCOUNT, routing_number: '000112345' },
      },
    });
    await settle();
    expect(text('[role="status"]')).toContain('now ends in 6789');
    expect(text('[data-testid="billing-details"]')).toContain('Canada');
  });
});
