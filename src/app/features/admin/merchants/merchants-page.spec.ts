import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { signedInState } from '../../../../testing/auth-presets';
import { BASE, organization, useAdminPages } from '../admin-pages.testing';
import { SEARCH_DEBOUNCE_MS } from './merchants-page';

describe('admin pages', () => {
  const page = useAdminPages();

  describe('merchants list', () => {
    beforeEach(() => page.open());

    it('asks the server for the search and page in the URL, and lists what comes back', async () => {
      await page.harness.navigateByUrl('/admin/merchants?q=demo&page=2');
      const request = page.backend.expectOne((r) => r.url === `${BASE}/Organizations`);
      expect(request.request.params.get('q')).toBe('demo');
      expect(request.request.params.get('page')).toBe('2');
      expect(request.request.params.get('page_size')).toBe('20');
      request.flush({
        organizations: [
          organization('20', 'Demo Parent Merchant'),
          organization('21', '<b>Sub</b>', { parent_organization_id: '20', store_id: '2' }),
        ],
        page: 2,
        page_size: 20,
        total_count: 22,
      });
      await page.settle();
      expect(page.text('merchants-summary')).toBe('22 merchants match “demo”.');
      const rows = page.harness.routeNativeElement!.querySelectorAll('tbody tr');
      expect(rows.length).toBe(2);
      expect(rows[1].querySelector('a')?.textContent?.trim()).toBe('<b>Sub</b>');
      expect(rows[1].querySelector('a')?.getAttribute('href')).toBe('/admin/merchants/21');
      expect(rows[1].textContent).toContain('Submerchant of 20');
      expect(rows[1].textContent).toContain('700 / 2 / 1');
    });

    it('typing a search puts it in the URL once typing pauses, and loads page 1', async () => {
      await page.visit('/admin/merchants?page=3', '/Organizations', { organizations: [] });
      const box =
        page.harness.routeNativeElement!.querySelector<HTMLInputElement>('input[type=search]')!;
      for (const typed of ['b', 'ba', 'bakery']) {
        box.value = typed;
        box.dispatchEvent(new Event('input'));
      }
      await page.settle();
      page.backend.expectNone((r) => r.url === `${BASE}/Organizations`);
      await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
      await page.settle();
      expect(TestBed.inject(Router).url).toBe('/admin/merchants?q=bakery');
      const request = page.backend.expectOne((r) => r.url === `${BASE}/Organizations`);
      expect(request.request.params.get('q')).toBe('bakery');
      expect(request.request.params.get('page')).toBe('1');
      request.flush({ organizations: [], total_count: 0 });
      await page.settle();
      expect(page.text('merchants-summary')).toBe('No merchants match “bakery”.');
    });

    it('a failure says so and "Try again" asks again', async () => {
      await page.visit('/admin/merchants', '/Organizations', null, {
        status: 503,
        statusText: 'Unavailable',
      });
      expect(page.text('merchants-error')).toContain('Loading the merchants failed');
      page.harness
        .routeNativeElement!.querySelector<HTMLButtonElement>(
          '[data-testid="merchants-error"] button',
        )!
        .click();
      page.backend
        .expectOne((r) => r.url === `${BASE}/Organizations`)
        .flush({ organizations: [organization('20', 'Demo Parent Merchant')], total_count: 1 });
      await page.settle();
      expect(page.text('merchants-error')).toBeNull();
      expect(page.text('merchants-summary')).toBe('1 merchant.');
    });

    it('offers boarding to an admin whose organization may add submerchants', async () => {
      await page.visit('/admin/merchants', '/Organizations', { organizations: [] });
      const link = [...page.harness.routeNativeElement!.querySelectorAll('a')].find(
        (a) => a.textContent?.trim() === 'Board a merchant',
      );
      expect(link?.getAttribute('href')).toBe('/admin/merchants/new');
    });
  });

  describe('merchants list for an admin who may not board', () => {
    for (const flag of [
      'account.permissions.add_submerchant.merchant_portal',
      'account.permissions.allow_submerchants',
    ] as const) {
      it(`shows no boarding link without ${flag}`, async () => {
        await page.open(
          signedInState({ user: { isAdmin: true }, configuration: { [flag]: false } }),
        );
        await page.visit('/admin/merchants', '/Organizations', { organizations: [] });
        expect(page.harness.routeNativeElement!.textContent).not.toContain('Board a merchant');
      });
    }
  });

  describe('merchants list on a phone', () => {
    beforeEach(() => page.openOnPhone());

    it('stacks the merchants, with no table: the name links, the ids under it, status on the right', async () => {
      await page.visit('/admin/merchants', '/Organizations', {
        organizations: [
          organization('20', 'Demo Parent Merchant'),
          organization('21', 'Demo Submerchant', { parent_organization_id: '20', store_id: '2' }),
        ],
        total_count: 2,
      });
      const root = page.harness.routeNativeElement!;
      expect(root.querySelector('table')).toBeNull();
      const rows = [...root.querySelectorAll('[data-testid="merchants-list"] > [role="listitem"]')];
      expect(rows.length).toBe(2);
      const [main, end] = [...rows[1].children];
      expect(main.querySelector('a')?.textContent?.trim()).toBe('Demo Submerchant');
      expect(main.querySelector('a')?.getAttribute('href')).toBe('/admin/merchants/21');
      expect(main.textContent).toContain('Submerchant of 20');
      expect(main.textContent).toContain('Organization 21');
      expect(main.textContent).toContain('700 / 2 / 1');
      expect(main.textContent).toContain('Vantiv');
      expect(end.textContent?.trim()).toBe('active');
    });
  });
});
