import { BreakpointObserver } from '@angular/cdk/layout';
import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding, withRouterConfig } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideAuthState, signedInState } from '../../../testing/auth-presets';
import { AuthState } from '../../core/auth/state/auth.feature';
import { fakeScreen } from '../../shared/layout/narrow-screen.testing';
import { provideWsapiTesting } from '../../../testing/wsapi-testing';
import { AdminLayout } from './admin-layout';
import { AuditLogPage } from './audit-log/audit-log-page';
import { MerchantLayout } from './merchant/merchant-layout';
import { MerchantOverview } from './merchant/merchant-overview';
import { MerchantsPage } from './merchants/merchants-page';

/*
 * Shared set-up of the admin pages' routed specs (merchants list, one merchant, audit log):
 * the admin routes in a RouterTestingHarness, with the WSAPI behind HttpTestingController.
 */

export const BASE = 'https://api.example.com/WSAPI';

@Component({
  selector: 'mcm-section-stub',
  template: '<h2>Section</h2>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class SectionStub {}

/** An organization as the WSAPI sends it; `extra` overrides or adds fields. */
export const organization = (id: string, name: string, extra: object = {}) => ({
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

/** An audit log entry as the WSAPI sends it: admin (user 4) did `action` to jdoe (user 9) in 20. */
export const auditEntry = (id: number, action: string, extra: object = {}) => ({
  id,
  at: '20261125101500',
  actor: { user_id: 4, user_name: 'admin' },
  action,
  organization_id: '20',
  target_user: { user_id: 9, user_name: 'jdoe' },
  details: {},
  ...extra,
});

function setUp(auth: AuthState) {
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

/** The admin routes, signed in as `auth` (an admin by default), and how a spec reads them. */
export async function openAdminPages(auth = signedInState({ user: { isAdmin: true } })) {
  const backend = setUp(auth);
  const harness = await RouterTestingHarness.create();
  return {
    backend,
    harness,
    /** The text of the element with `data-testid="testId"`, or null when there is none. */
    text: (testId: string) =>
      harness.routeNativeElement?.querySelector(`[data-testid="${testId}"]`)?.textContent?.trim() ??
      null,
    settle: async () => {
      await harness.fixture.whenStable();
      harness.detectChanges();
    },
  };
}

export type AdminPages = Awaited<ReturnType<typeof openAdminPages>>;

/**
 * For a `describe` of the admin pages: `open()` (in a `beforeEach`, or in a spec with another
 * auth state) opens them; the backend of the pages opened is verified after each spec.
 */
export function useAdminPages() {
  let current: AdminPages | null = null;
  afterEach(() => {
    current?.backend.verify();
    current = null;
  });
  const opened = () => {
    if (!current) throw new Error('useAdminPages: call open() first');
    return current;
  };
  return {
    async open(auth?: AuthState): Promise<void> {
      current = await openAdminPages(auth);
    },
    /** Opens them on a phone's screen: the lists are stacked rows. */
    async openOnPhone(): Promise<void> {
      TestBed.overrideProvider(BreakpointObserver, { useValue: fakeScreen(true).observer });
      current = await openAdminPages();
    },
    get harness() {
      return opened().harness;
    },
    get backend() {
      return opened().backend;
    },
    text: (testId: string) => opened().text(testId),
    settle: () => opened().settle(),
    /**
     * Goes to `url`, answers its one request to `resource` (e.g. `/AuditLog`, whatever its query) with `body`
     * (a failure with `status`), and lets the page settle.
     */
    async visit(
      url: string,
      resource: string,
      body: object | null,
      status?: { status: number; statusText: string },
    ): Promise<void> {
      const { harness, backend, settle } = opened();
      await harness.navigateByUrl(url);
      backend.expectOne((r) => r.url === `${BASE}${resource}`).flush(body, status);
      await settle();
    },
  };
}
