import { HttpTestingController } from '@angular/common/http/testing';
import { provideAuthState, signedInState } from '../../../../testing/auth-presets';
import { BILLING_DTO } from '../../../../testing/fixtures/admin-billing';
import { URL_20, billingPageTesting } from './billing-page.testing';

describe('BillingPage: showing the stored billing', () => {
  const billing = billingPageTesting(() =>
    provideAuthState(signedInState({ user: { isAdmin: true, locale: 'en_US' } })),
  );
  const { page, text, settle, click, loaded, openMerchant } = billing;
  let backend: HttpTestingController;
  async function create(): Promise<void> {
    backend = await billing.create();
  }
  afterEach(() => backend.verify());

  it('shows the stored billing: the account by its last four only, and when it last changed', async () => {
    await create();
    expect(page().querySelector('mat-progress-bar')).not.toBeNull();
    await loaded();
    expect(text('h2')).toBe('Billing');
    const details = text('[data-testid="billing-details"]');
    expect(details).toContain('Priya Raman');
    expect(details).toContain('billing@demo-parent.example');
    expect(details).toContain('250 Park Avenue South');
    expect(details).toContain('New York, NY 10003');
    expect(details).toContain('United States');
    expect(text('[data-testid="billing-bank-account"]')).toBe(
      '•••• 4321 (routing 021000021, holder Demo Parent Merchant Inc.)',
    );
    expect(text('[data-testid="billing-updated"]')).toMatch(/^Last updated Nov 2[45], 2026/);
    expect(page().querySelector('mat-progress-bar')).toBeNull();
  });

  it('says when loading failed, and tries again', async () => {
    await create();
    backend.expectOne(URL_20).flush(null, { status: 503, statusText: 'Unavailable' });
    await settle();
    expect(text('[role="alert"] p')).toBe(
      'Loading the billing information failed: the service is unavailable right now. Please try again in a moment.',
    );
    expect(page().querySelector('[data-testid="billing-details"]')).toBeNull();
    await click('Try again');
    await loaded({ ...BILLING_DTO, bank_account: null, updated_at: null });
    expect(page().querySelector('[role="alert"]')).toBeNull();
    expect(text('[data-testid="billing-bank-account"]')).toBe('None on file');
    expect(page().querySelector('[data-testid="billing-updated"]')).toBeNull();
  });

  it('another merchant never shows the previous one’s billing, loading or failed; its save is dropped', async () => {
    await create();
    await loaded();
    await click('Edit');
    await click('Save');
    const save = backend.expectOne((r) => r.url === URL_20 && r.method === 'PUT');
    await openMerchant('21');
    expect(save.cancelled).toBeTrue();
    expect(page().querySelector('form')).toBeNull();
    expect(page().querySelector('[data-testid="billing-details"]')).toBeNull();
    expect(page().querySelector('mat-progress-bar')).not.toBeNull();
    backend
      .expectOne(URL_20.replace('/20/', '/21/'))
      .flush(null, { status: 404, statusText: 'Not Found' });
    await settle();
    expect(text('[role="alert"] p')).toContain('does not exist or is not one you administer');
    expect(page().querySelector('[data-testid="billing-details"]')).toBeNull();
    expect(page().textContent).not.toContain('Priya Raman');
  });
});
