import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import {
  Router,
  provideRouter,
  withComponentInputBinding,
  withRouterConfig,
} from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideAuthState, signedInState } from '../../../testing/auth-presets';
import { provideWsapiTesting } from '../../../testing/wsapi-testing';
import { AdminLayout } from './admin-layout';
import { AuditLogPage } from './audit-log/audit-log-page';
import { MerchantLayout } from './merchant/merchant-layout';
import { MerchantOverview } from './merchant/merchant-overview';
import { MerchantsPage, SEARCH_DEBOUNCE_MS } from './merchants/merchants-page';

const BASE = 'https://api.example.com/WSAPI';

@Component({
  selector: 'mcm-section-stub',
  template: '<h2>Section</h2>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class SectionStub {}

const organization = (id: string, name: string, extra: object = {}) => ({
  organization_id: id,
  parent_organization_id: null,
  name,
  organization_type: 'merchant',
  status: 'active',
  chain_id: '700',
  store_id: '1',
  terminal_id: '1',
  processor: { name: 'Vantiv', processor_profile: 'vantiv_profile1' },
  ...extra,
});

function setUp(auth = signedInState({ user: { isAdmin: true } })) {
  TestBed.configureTestingModule({
    providers: [
      provideWsapiTesting(),
      provideAuthState(auth),
      provideRouter(
        [
          {
            path: 'admin',
            component: AdminLayout,
            children: [
              { path: 'merchants', component: MerchantsPage },
              { path: 'merchants/new', component: SectionStub },
              {
                path: 'merchants/:organizationId',
                component: MerchantLayout,
                children: [
                  { path: '', component: MerchantOverview },
                  { path: 'users', component: SectionStub },
                ],
              },
              { path: 'audit-log', component: AuditLogPage },
            ],
          },
        ],
        withComponentInputBinding(),
        withRouterConfig({ paramsInheritanceStrategy: 'always' }),
      ),
    ],
  });
  return TestBed.inject(HttpTestingController);
}

describe('admin pages', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  const text = (testId: string) =>
    harness.routeNativeElement?.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ??
    null;
  const settle = async () => {
    await harness.fixture.whenStable();
    harness.detectChanges();
  };

  afterEach(() => backend.verify());

  describe('merchants list', () => {
    beforeEach(async () => {
      backend = setUp();
      harness = await RouterTestingHarness.create();
    });

    it('asks the server for the search and page in the URL, and lists what comes back', async () => {
      await harness.navigateByUrl('/admin/merchants?q=demo&page=2');
      const request = backend.expectOne((r) => r.url === `${BASE}/Organizations`);
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
      await settle();
      expect(text('merchants-summary')).toBe('22 merchants match “demo”.');
      const rows = harness.routeNativeElement!.querySelectorAll('tbody tr');
      expect(rows.length).toBe(2);
      expect(rows[1].querySelector('a')?.textContent?.trim()).toBe('<b>Sub</b>');
      expect(rows[1].querySelector('a')?.getAttribute('href')).toBe('/admin/merchants/21');
      expect(rows[1].textContent).toContain('Submerchant of 20');
      expect(rows[1].textContent).toContain('700 / 2 / 1');
    });

    it('typing a search puts it in the URL once typing pauses, and loads page 1', async () => {
      await harness.navigateByUrl('/admin/merchants?page=3');
      backend.expectOne((r) => r.url === `${BASE}/Organizations`).flush({ organizations: [] });
      await settle();
      const box =
        harness.routeNativeElement!.querySelector<HTMLInputElement>('input[type=search]')!;
      for (const typed of ['b', 'ba', 'bakery']) {
        box.value = typed;
        box.dispatchEvent(new Event('input'));
      }
      await settle();
      backend.expectNone((r) => r.url === `${BASE}/Organizations`);
      await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
      await settle();
      expect(TestBed.inject(Router).url).toBe('/admin/merchants?q=bakery');
      const request = backend.expectOne((r) => r.url === `${BASE}/Organizations`);
      expect(request.request.params.get('q')).toBe('bakery');
      expect(request.request.params.get('page')).toBe('1');
      request.flush({ organizations: [], total_count: 0 });
      await settle();
      expect(text('merchants-summary')).toBe('No merchants match “bakery”.');
    });

    it('a failure says so and "Try again" asks again', async () => {
      await harness.navigateByUrl('/admin/merchants');
      backend
        .expectOne((r) => r.url === `${BASE}/Organizations`)
        .flush(null, { status: 503, statusText: 'Unavailable' });
      await settle();
      expect(text('merchants-error')).toContain('Loading the merchants failed');
      harness
        .routeNativeElement!.querySelector<HTMLButtonElement>(
          '[data-testid="merchants-error"] button',
        )!
        .click();
      backend
        .expectOne((r) => r.url === `${BASE}/Organizations`)
        .flush({ organizations: [organization('20', 'Demo Parent Merchant')], total_count: 1 });
      await settle();
      expect(text('merchants-error')).toBeNull();
      expect(text('merchants-summary')).toBe('1 merchant.');
    });

    it('offers boarding to an admin whose organization may add submerchants', async () => {
      await harness.navigateByUrl('/admin/merchants');
      backend.expectOne((r) => r.url === `${BASE}/Organizations`).flush({ organizations: [] });
      await settle();
      const link = [...harness.routeNativeElement!.querySelectorAll('a')].find(
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
        backend = setUp(
          signedInState({ user: { isAdmin: true }, configuration: { [flag]: false } }),
        );
        harness = await RouterTestingHarness.create();
        await harness.navigateByUrl('/admin/merchants');
        backend.expectOne((r) => r.url === `${BASE}/Organizations`).flush({ organizations: [] });
        await settle();
        expect(harness.routeNativeElement!.textContent).not.toContain('Board a merchant');
      });
    }
  });

  describe('one merchant', () => {
    beforeEach(async () => {
      backend = setUp();
      harness = await RouterTestingHarness.create();
    });

    it('shows the name, the ids, processor and status; its sections share one read', async () => {
      await harness.navigateByUrl('/admin/merchants/21');
      backend.expectOne(`${BASE}/Organizations/21`).flush(
        organization('21', 'Demo Submerchant', {
          parent_organization_id: '20',
          store_id: '2',
          parent: { organization_id: '20', name: 'Demo Parent Merchant' },
          submerchant_ids: [],
        }),
      );
      await settle();
      expect(text('merchant-title')).toBe('Demo Submerchant');
      const facts = Object.fromEntries(
        [...harness.routeNativeElement!.querySelectorAll('[data-testid="merchant-facts"] div')].map(
          (pair) => [
            pair.querySelector('dt')?.textContent?.trim(),
            pair.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim(),
          ],
        ),
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
      await harness.navigateByUrl('/admin/merchants/21/users');
      backend.expectNone(`${BASE}/Organizations/21`);
      const current = harness.routeNativeElement!.querySelector(
        'nav[aria-label="Merchant"] [aria-current="page"]',
      );
      expect(current?.textContent?.trim()).toBe('Users');
    });

    it('moving to another merchant loads it and never shows the previous name for it', async () => {
      await harness.navigateByUrl('/admin/merchants/20');
      backend.expectOne(`${BASE}/Organizations/20`).flush(organization('20', 'Parent'));
      await settle();
      await harness.navigateByUrl('/admin/merchants/21');
      await settle();
      expect(text('merchant-title')).toBe('Merchant 21');
      expect(
        harness.routeNativeElement!.querySelector('[data-testid="merchant-facts"]'),
      ).toBeNull();
      backend.expectOne(`${BASE}/Organizations/21`).flush(organization('21', 'Child'));
      await settle();
      expect(text('merchant-title')).toBe('Child');
    });

    it('an unknown merchant says it is not one the admin administers', async () => {
      await harness.navigateByUrl('/admin/merchants/8');
      backend
        .expectOne(`${BASE}/Organizations/8`)
        .flush({ error: { code: 'not_found' } }, { status: 404, statusText: 'Not Found' });
      await settle();
      expect(text('merchant-error')).toContain(
        'This merchant does not exist or is not one you administer.',
      );
    });
  });

  describe('audit log', () => {
    beforeEach(async () => {
      backend = setUp();
      harness = await RouterTestingHarness.create();
    });

    it('lists who did what, when, in words', async () => {
      await harness.navigateByUrl('/admin/audit-log');
      backend
        .expectOne((r) => r.url === `${BASE}/AuditLog`)
        .flush({
          entries: [
            {
              id: 3,
              at: '20261125101500',
              actor: { user_id: 4, user_name: 'admin' },
              action: 'user.end_sessions',
              organization_id: '20',
              target_user: { user_id: 9, user_name: 'jdoe' },
              details: { sessions_ended: 2 },
            },
          ],
          page: 1,
          page_size: 20,
          total_count: 1,
        });
      await settle();
      expect(text('audit-summary')).toBe('1 action recorded.');
      const row = harness.routeNativeElement!.querySelector('[data-testid="audit-entry"]')!;
      const cells = [...row.children].map((cell) => cell.textContent?.trim());
      expect(cells[1]).toBe('admin');
      expect(cells[2]).toBe('Ended a user’s sessions');
      expect(cells[3]).toBe('20');
      expect(cells[4]).toBe('jdoe');
      expect(cells[5]).toBe('sessions ended: 2');
      expect(cells[0]).toContain('2026');
    });
  });
});
