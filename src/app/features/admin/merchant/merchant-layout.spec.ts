import { BASE, organization, useAdminPages } from '../admin-pages.testing';

describe('admin pages', () => {
  const page = useAdminPages();

  describe('one merchant', () => {
    beforeEach(() => page.open());

    it('shows the name, the ids, processor and status; its sections share one read', async () => {
      await page.harness.navigateByUrl('/admin/merchants/21');
      page.backend.expectOne(`${BASE}/Organizations/21`).flush(
        organization('21', 'Demo Submerchant', {
          parent_organization_id: '20',
          store_id: '2',
          parent: { organization_id: '20', name: 'Demo Parent Merchant' },
          submerchant_ids: [],
        }),
      );
      await page.settle();
      expect(page.text('merchant-title')).toBe('Demo Submerchant');
      const facts = Object.fromEntries(
        [
          ...page.harness.routeNativeElement!.querySelectorAll(
            '[data-testid="merchant-facts"] div',
          ),
        ].map((pair) => [
          pair.querySelector('dt')?.textContent?.trim(),
          pair.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim(),
        ]),
      );
      expect(facts).toEqual(
        jasmine.objectContaining({
          'Organization id': '21',
          'Chain id': '700',
          'Store id': '2',
          'Terminal id': '1',
          Status: 'active',
          Processor: 'Vantiv (vantiv_profile1)',
          'Parent merchant': 'Demo Parent Merchant (20)',
          Submerchants: 'None',
        }),
      );
      await page.harness.navigateByUrl('/admin/merchants/21/users');
      page.backend.expectNone(`${BASE}/Organizations/21`);
      const current = page.harness.routeNativeElement!.querySelector(
        'nav[aria-label="Merchant"] [aria-current="page"]',
      );
      expect(current?.textContent?.trim()).toBe('Users');
    });

    it('moving to another merchant loads it and never shows the previous name for it', async () => {
      await page.harness.navigateByUrl('/admin/merchants/20');
      page.backend.expectOne(`${BASE}/Organizations/20`).flush(organization('20', 'Parent'));
      await page.settle();
      await page.harness.navigateByUrl('/admin/merchants/21');
      await page.settle();
      expect(page.text('merchant-title')).toBe('Merchant 21');
      expect(
        page.harness.routeNativeElement!.querySelector('[data-testid="merchant-facts"]'),
      ).toBeNull();
      page.backend.expectOne(`${BASE}/Organizations/21`).flush(organization('21', 'Child'));
      await page.settle();
      expect(page.text('merchant-title')).toBe('Child');
    });

    it('an unknown merchant says it is not one the admin administers', async () => {
      await page.harness.navigateByUrl('/admin/merchants/8');
      page.backend
        .expectOne(`${BASE}/Organizations/8`)
        .flush({ error: { code: 'not_found' } }, { status: 404, statusText: 'Not Found' });
      await page.settle();
      expect(page.text('merchant-error')).toContain(
        'This merchant does not exist or is not one you administer.',
      );
    });
  });
});
