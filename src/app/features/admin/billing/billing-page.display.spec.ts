import { BILLING_DTO } from '../../../../testing/fixtures/admin-billing';
import { URL_20, billingPageTesting } from './billing-page.testing';

describe('BillingPage: showing the stored billing', () => {
  const ui = billingPageTesting();

  it('shows the stored billing: the account by its last four only, and when it last changed', async () => {
    await ui.create();
    expect(ui.page().querySelector('mat-progress-bar')).not.toBeNull();
    await ui.loaded();
    expect(ui.text('h2')).toBe('Billing');
    const details = ui.text('[data-testid="billing-details"]');
    expect(details).toContain('Priya Raman');
    expect(details).toContain('billing@demo-parent.example');
    expect(details).toContain('250 Park Avenue South');
    expect(details).toContain('New York, NY 10003');
    expect(details).toContain('United States');
    expect(ui.text('[data-testid="billing-bank-account"]')).toBe(
      '•••• 4321 (routing 021000021, holder Demo Parent Merchant Inc.)',
    );
    expect(ui.text('[data-testid="billing-updated"]')).toMatch(/^Last updated Nov 2[45], 2026/);
    expect(ui.page().querySelector('mat-progress-bar')).toBeNull();
  });

  it('says when loading failed, and tries again', async () => {
    await ui.create();
    ui.backend().expectOne(URL_20).flush(null, { status: 503, statusText: 'Unavailable' });
    await ui.settle();
    expect(ui.text('[role="alert"] p')).toBe(
      'Loading the billing information failed: the service is unavailable right now. Please try again in a moment.',
    );
    expect(ui.page().querySelector('[data-testid="billing-details"]')).toBeNull();
    await ui.click('Try again');
    await ui.loaded({ ...BILLING_DTO, bank_account: null, updated_at: null });
    expect(ui.page().querySelector('[role="alert"]')).toBeNull();
    expect(ui.text('[data-testid="billing-bank-account"]')).toBe('None on file');
    expect(ui.page().querySelector('[data-testid="billing-updated"]')).toBeNull();
  });

  it('another merchant never shows the previous one’s billing, loading or failed; its save is dropped', async () => {
    await ui.edit();
    await ui.click('Save');
    const save = ui.backend().expectOne((r) => r.url === URL_20 && r.method === 'PUT');
    await ui.openMerchant('21');
    expect(save.cancelled).toBeTrue();
    expect(ui.page().querySelector('form')).toBeNull();
    expect(ui.page().querySelector('[data-testid="billing-details"]')).toBeNull();
    expect(ui.page().querySelector('mat-progress-bar')).not.toBeNull();
    ui.backend()
      .expectOne(URL_20.replace('/20/', '/21/'))
      .flush(null, { status: 404, statusText: 'Not Found' });
    await ui.settle();
    expect(ui.text('[role="alert"] p')).toContain('does not exist or is not one you administer');
    expect(ui.page().querySelector('[data-testid="billing-details"]')).toBeNull();
    expect(ui.page().textContent).not.toContain('Priya Raman');
  });
});
