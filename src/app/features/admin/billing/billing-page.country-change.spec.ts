import { BILLING_DTO } from '../../../../testing/fixtures/admin-billing';
import { refusalBody } from '../wsapi-refusal.testing';
import { NEW_ACCOUNT, URL_20, billingPageTesting } from './billing-page.testing';

describe('BillingPage: a change of country', () => {
  const ui = billingPageTesting();

  it('opens the bank account when the country changes, says why, and checks it for that country', async () => {
    await ui.edit();
    expect(ui.input('bankAccount-accountNumber')).toBeNull();
    expect(ui.page().querySelector('[data-testid="bank-account-message"]')).toBeNull();

    await ui.chooseCountry('Canada');
    expect(await (await ui.bankAccountToggle()).isChecked()).toBeTrue();
    expect(ui.input('bankAccount-accountNumber')!.value).toBe('');
    expect(ui.input('bankAccount-routingNumber')!.value).toBe('');
    expect(ui.bankAccountMessage()).toBe('The country changed: enter the bank account for Canada.');
    expect(ui.input('bankAccount-accountHolder')!.getAttribute('aria-describedby')).toContain(
      'billing-bankAccount-message',
    );

    // Back to the stored country with nothing typed: closed again, nothing left behind.
    await ui.chooseCountry('United States');
    expect(ui.input('bankAccount-accountNumber')).toBeNull();
    expect(ui.page().querySelector('[data-testid="bank-account-message"]')).toBeNull();
    expect(await (await ui.bankAccountToggle()).isChecked()).toBeFalse();

    // Once something is typed, going back keeps the fields (and what was typed) open.
    await ui.chooseCountry('Canada');
    await ui.type('bankAccount-accountHolder', 'Jane Doe');
    await ui.type('bankAccount-routingNumber', '121000358');
    await ui.type('bankAccount-accountNumber', '123456789');
    await ui.type('address-region', 'ON');
    await ui.type('address-postalCode', 'K1A 0B1');
    await ui.click('Save');
    // A valid US routing number that does not fit Canada: refused before anything is sent.
    ui.backend().expectNone(URL_20);
    expect(ui.errors()).toEqual([
      'A Canadian routing number is 9 digits starting with 0 (0, institution, transit).',
    ]);
    expect(document.activeElement).toBe(ui.input('bankAccount-routingNumber'));

    await ui.chooseCountry('United States');
    expect(ui.bankAccountMessage()).toBe('');
    expect(ui.input('bankAccount-accountNumber')!.value).toBe('123456789');
    await ui.chooseCountry('Canada');
    await ui.type('bankAccount-routingNumber', '000112345');
    await ui.click('Save');
    const request = ui.backend().expectOne(URL_20);
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
    await ui.edit({ ...BILLING_DTO, bank_account: null });
    await ui.chooseCountry('Canada');
    expect(ui.input('bankAccount-accountNumber')).toBeNull();
    expect(ui.page().querySelector('[data-testid="bank-account-message"]')).toBeNull();
  });

  it('shows a bank_account refusal at the bank account: opened, said there, its first field focused', async () => {
    await ui.edit();
    await ui.chooseCountry('Canada');
    // The user closes the fields again and tries to keep the stored account.
    await (await ui.bankAccountToggle()).toggle();
    await ui.settle();
    expect(ui.input('bankAccount-accountNumber')).toBeNull();
    await ui.type('address-region', 'ON');
    await ui.type('address-postalCode', 'K1A 0B1');
    await ui.click('Save');
    const refused = ui.backend().expectOne(URL_20);
    expect('bank_account' in refused.request.body).toBeFalse();
    refused.flush(
      refusalBody(
        'bank_account',
        'The bank account must be entered again when the country changes.',
      ),
      { status: 400, statusText: 'Bad Request' },
    );
    await ui.settle();

    expect(await (await ui.bankAccountToggle()).isChecked()).toBeTrue();
    expect(ui.bankAccountMessage()).toBe(
      'The bank account must be entered again when the country changes.',
    );
    expect(
      ui
        .page()
        .querySelector('[data-testid="bank-account-message"]')!
        .classList.contains('billing-fields__notice--error'),
    ).toBeTrue();
    expect(document.activeElement).toBe(ui.input('bankAccount-accountHolder'));
    expect(ui.input('bankAccount-accountHolder')!.getAttribute('aria-describedby')).toContain(
      'billing-bankAccount-message',
    );
    expect(ui.page().querySelector('[role="alert"]')).toBeNull();
    expect(ui.input('address-postalCode')!.value).toBe('K1A 0B1');

    await ui.type('bankAccount-accountHolder', 'Jane Doe');
    expect(ui.bankAccountMessage()).toBe('The country changed: enter the bank account for Canada.');
    await ui.type('bankAccount-routingNumber', '000112345');
    await ui.type('bankAccount-accountNumber', '123456789');
    await ui.click('Save');
    const request = ui.backend().expectOne(URL_20);
    expect(request.request.body.bank_account.routing_number).toBe('000112345');
    request.flush({
      billing: {
        ...BILLING_DTO,
        address: { ...BILLING_DTO.address, region: 'ON', postal_code: 'K1A 0B1', country: 'CA' },
        bank_account: { ...NEW_ACCOUNT, routing_number: '000112345' },
      },
    });
    await ui.settle();
    expect(ui.text('[role="status"]')).toContain('now ends in 6789');
    expect(ui.text('[data-testid="billing-details"]')).toContain('Canada');
  });
});
