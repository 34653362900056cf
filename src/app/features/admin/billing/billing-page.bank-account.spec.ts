import { BILLING_DTO } from '../../../../testing/fixtures/admin-billing';
import { NEW_ACCOUNT, URL_20, billingPageTesting } from './billing-page.testing';

describe('BillingPage: changing the bank account', () => {
  const ui = billingPageTesting();

  it('changes the bank account: empty fields, only the last four come back, the number is forgotten', async () => {
    await ui.edit();
    await ui.openBankAccount();
    expect(ui.input('bankAccount-accountNumber')!.value).toBe('');
    expect(ui.input('bankAccount-routingNumber')!.value).toBe('');
    await ui.type('bankAccount-accountHolder', 'Jane Doe');
    await ui.type('bankAccount-routingNumber', '011000015');
    await ui.type('bankAccount-accountNumber', '123456789');
    await ui.click('Save');

    const request = ui.backend().expectOne(URL_20);
    expect(request.request.body.bank_account).toEqual({
      account_holder: 'Jane Doe',
      routing_number: '011000015',
      account_number: '123456789',
    });
    request.flush({ billing: { ...BILLING_DTO, bank_account: NEW_ACCOUNT } });
    await ui.settle();

    expect(ui.text('[role="status"]')).toContain('now ends in 6789');
    expect(ui.text('[data-testid="billing-bank-account"]')).toBe(
      '•••• 6789 (routing 011000015, holder Jane Doe)',
    );
    expect(ui.page().innerHTML).not.toContain('123456789');
    await ui.click('Edit');
    await ui.openBankAccount();
    expect(ui.input('bankAccount-accountNumber')!.value).toBe('');
  });

  it('refuses a routing number whose ABA check digit is wrong before sending anything', async () => {
    await ui.edit();
    await ui.typeNewAccount('011000016');
    await ui.click('Save');
    ui.backend().expectNone(URL_20);
    expect(ui.errors()).toEqual([
      'A US routing number is 9 digits with a valid ABA check digit; check it for typos.',
    ]);
    expect(document.activeElement).toBe(ui.input('bankAccount-routingNumber'));
  });

  it('maps a bank account field error onto the bank account fields', async () => {
    await ui.edit();
    await ui.typeNewAccount();
    await ui.click('Save');
    await ui.refuseSave('bank_account.routing_number', 'This bank is not supported.');
    expect(ui.errors()).toEqual(['This bank is not supported.']);
    expect(document.activeElement).toBe(ui.input('bankAccount-routingNumber'));
  });
});
