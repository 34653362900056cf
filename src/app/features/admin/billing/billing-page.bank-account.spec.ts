import { HttpTestingController } from '@angular/common/http/testing';
import { provideAuthState, signedInState } from '../../../../testing/auth-presets';
import { BILLING_DTO } from '../../../../testing/fixtures/admin-billing';
import { NEW_ACCOUNT, URL_20, billingPageTesting, invalid } from './billing-page.testing';

describe('BillingPage: changing the bank account', () => {
  const billing = billingPageTesting(() =>
    provideAuthState(signedInState({ user: { isAdmin: true, locale: 'en_US' } })),
  );
  const { page, text, input, errors, settle, type, click, loaded, openBankAccount } = billing;
  let backend: HttpTestingController;
  async function create(): Promise<void> {
    backend = await billing.create();
  }
  afterEach(() => backend.verify());

  it('changes the bank account: empty fields, only the last four come back, the number is forgotten', async () => {
    await create();
    await loaded();
    await click('Edit');
    await openBankAccount();
    expect(input('bankAccount-accountNumber')!.value).toBe('');
    expect(input('bankAccount-routingNumber')!.value).toBe('');
    await type('bankAccount-accountHolder', 'Jane Doe');
    await type('bankAccount-routingNumber', '011000015');
    await type('bankAccount-accountNumber', '123456789');
    await click('Save');

    const request = backend.expectOne(URL_20);
    expect(request.request.body.bank_account).toEqual({
      account_holder: 'Jane Doe',
      routing_number: '011000015',
      account_number: '123456789',
    });
    request.flush({ billing: { ...BILLING_DTO, bank_account: NEW_ACCOUNT } });
    await settle();

    expect(text('[role="status"]')).toContain('now ends in 6789');
    expect(text('[data-testid="billing-bank-account"]')).toBe(
      '•••• 6789 (routing 011000015, holder Jane Doe)',
    );
    expect(page().innerHTML).not.toContain('123456789');
    await click('Edit');
    await openBankAccount();
    expect(input('bankAccount-accountNumber')!.value).toBe('');
  });

  it('refuses a routing number whose ABA check digit is wrong before sending anything', async () => {
    await create();
    await loaded();
    await click('Edit');
    await openBankAccount();
    await type('bankAccount-accountHolder', 'Jane Doe');
    await type('bankAccount-routingNumber', '011000016');
    await type('bankAccount-accountNumber', '123456789');
    await click('Save');
    backend.expectNone(URL_20);
    expect(errors()).toEqual([
      'A US routing number is 9 digits with a valid ABA check digit; check it for typos.',
    ]);
    expect(document.activeElement).toBe(input('bankAccount-routingNumber'));
  });

  it('maps a bank account field error onto the bank account fields', async () => {
    await create();
    await loaded();
    await click('Edit');
    await openBankAccount();
    await type('bankAccount-accountHolder', 'Jane Doe');
    await type('bankAccount-routingNumber', '011000015');
    await type('bankAccount-accountNumber', '123456789');
    await click('Save');
    backend
      .expectOne(URL_20)
      .flush(invalid('bank_account.routing_number', 'This bank is not supported.'), {
        status: 400,
        statusText: 'Bad Request',
      });
    await settle();
    expect(errors()).toEqual(['This bank is not supported.']);
    expect(document.activeElement).toBe(input('bankAccount-routingNumber'));
  });
});
