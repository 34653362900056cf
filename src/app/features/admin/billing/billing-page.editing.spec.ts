import { BILLING_DTO } from '../../../../testing/fixtures/admin-billing';
import { URL_20, billingPageTesting } from './billing-page.testing';

describe('BillingPage: editing and saving', () => {
  const ui = billingPageTesting();

  it('edits the phone: the PUT keeps the stored bank account, and the result is announced', async () => {
    await ui.edit();
    expect(document.activeElement).toBe(ui.input('contactName'));
    expect(ui.input('phone')!.value).toBe('+1 212 555 0188');
    expect(ui.input('address-postalCode')!.value).toBe('10003');
    expect(ui.input('bankAccount-accountNumber')).toBeNull();
    expect(ui.text('[data-testid="current-bank-account"]')).toContain('•••• 4321');

    await ui.type('phone', '+1 212 555 0100 ');
    await ui.click('Save');
    expect(ui.button('Saving…').disabled).toBeTrue();
    const request = ui.backend().expectOne(URL_20);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body.phone).toBe('+1 212 555 0100');
    expect('bank_account' in request.request.body).toBeFalse();
    request.flush({
      billing: { ...BILLING_DTO, phone: '+1 212 555 0100', updated_at: '20261125090000' },
    });
    await ui.settle();

    expect(ui.text('[role="status"]')).toBe('The billing information was saved.');
    expect(document.activeElement).toBe(ui.page().querySelector('[role="status"]'));
    expect(ui.page().querySelector('form')).toBeNull();
    expect(ui.text('[data-testid="billing-details"]')).toContain('+1 212 555 0100');
  });

  it('shows a server field error at its field and keeps what was typed', async () => {
    await ui.edit();
    await ui.typeNewAccount();
    await ui.type('address-postalCode', '10003-1234');
    await ui.click('Save');
    await ui.refuseSave('address.postal_code', 'This ZIP code is not in New York.');

    expect(ui.errors()).toEqual(['This ZIP code is not in New York.']);
    expect(ui.input('address-postalCode')!.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(ui.input('address-postalCode'));
    expect(ui.input('address-postalCode')!.value).toBe('10003-1234');
    // Kept so it need not be typed again; cleared on success or cancel.
    expect(ui.input('bankAccount-accountNumber')!.value).toBe('123456789');
    expect(ui.page().querySelector('[role="alert"]')).toBeNull();
    expect(ui.button('Save').disabled).toBeFalse();
  });

  it('shows other failures in an alert; Cancel goes back to what is stored', async () => {
    await ui.edit();
    await ui.type('phone', '555 0199 000');
    await ui.click('Save');
    ui.backend().expectOne(URL_20).flush(null, { status: 500, statusText: 'Server Error' });
    await ui.settle();
    expect(ui.text('[role="alert"]')).toBe(
      'Saving the billing information failed: the server had a problem (HTTP 500). Please try again in a moment.',
    );
    expect(ui.input('phone')!.value).toBe('555 0199 000');

    await ui.click('Cancel');
    expect(ui.page().querySelector('form')).toBeNull();
    expect(ui.page().querySelector('[role="alert"]')).toBeNull();
    expect(ui.text('[data-testid="billing-details"]')).toContain('+1 212 555 0188');
    expect(document.activeElement).toBe(ui.page().querySelector('#billing-edit'));
  });
});
