import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { MockStore } from '@ngrx/store/testing';
import {
  clerkConfiguration,
  pendingSteps,
  provideAuthState,
  signedInState,
  signedOutState,
} from '../../../testing/auth-presets';
import { AuthState, initialAuthState } from '../auth/state/auth.feature';
import { guardedRoute } from './route-access';
import { requireAccess, requireFirstLoginStep } from './session-guards';

@Component({ template: 'page', changeDetection: ChangeDetectionStrategy.OnPush })
class Page {}

const pendingFlags = pendingSteps({
  changePasswordRequired: true,
  acceptTermsAndConditionsRequired: true,
});

describe('access guards', () => {
  let harness: RouterTestingHarness;
  let store: MockStore;

  async function setUp(auth: AuthState): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideAuthState(auth),
        provideRouter([
          { path: 'login', component: Page },
          { path: 'forbidden', component: Page },
          {
            path: 'first-login',
            children: [
              {
                path: '',
                pathMatch: 'full',
                canActivate: [requireFirstLoginStep(null)],
                children: [],
              },
              {
                path: 'password',
                canActivate: [requireFirstLoginStep('password')],
                component: Page,
              },
              { path: 'terms', canActivate: [requireFirstLoginStep('terms')], component: Page },
            ],
          },
          {
            path: '',
            canMatch: [requireAccess],
            children: [
              guardedRoute({ path: 'dashboard', component: Page }),
              guardedRoute({
                path: 'virtual-terminal',
                access: { allOf: ['component.access.virtual_terminal'] },
                component: Page,
              }),
              guardedRoute({
                path: 'admin',
                access: { anyOf: ['role:admin', 'role:sys-admin'] },
                component: Page,
              }),
            ],
          },
        ]),
      ],
    });
    store = TestBed.inject(MockStore);
    harness = await RouterTestingHarness.create();
  }

  const url = () => TestBed.inject(Router).url;

  /** A spec named `name`: with the session `auth()`, navigating to `from` ends at `to`. */
  function itEndsAt(name: string, auth: () => AuthState, from: string, to: string): void {
    it(name, async () => {
      await setUp(auth());
      await harness.navigateByUrl(from);
      expect(url()).toBe(to);
    });
  }

  it('waits for the session restore before deciding', async () => {
    await setUp({ ...initialAuthState });
    let settled = false;
    const navigation = harness.navigateByUrl('/dashboard').then(() => (settled = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(settled).toBeFalse();
    store.setState({ auth: signedInState() });
    await navigation;
    expect(url()).toBe('/dashboard');
  });

  itEndsAt(
    'sends a signed-out user to /login with the page wanted, query included',
    () => signedOutState(),
    '/virtual-terminal?amount=12',
    '/login?returnUrl=%2Fvirtual-terminal%3Famount%3D12',
  );

  itEndsAt(
    'lets a user with the flag in',
    () => signedInState(),
    '/virtual-terminal',
    '/virtual-terminal',
  );

  it('sends a user without the flag to /forbidden, naming what is missing', async () => {
    await setUp(signedInState({ configuration: clerkConfiguration }));
    await harness.navigateByUrl('/virtual-terminal');
    const tree = TestBed.inject(Router).parseUrl(url());
    expect(tree.root.children['primary'].segments.map((s) => s.path)).toEqual(['forbidden']);
    expect(tree.queryParams['missing']).toBe('component.access.virtual_terminal');
    expect(tree.queryParams['from']).toBe('/virtual-terminal');
  });

  it('checks roles: admin or sys-admin', async () => {
    await setUp(signedInState({ user: { isSysAdmin: true } }));
    await harness.navigateByUrl('/admin');
    expect(url()).toBe('/admin');
    store.setState({ auth: signedInState() });
    await harness.navigateByUrl('/dashboard');
    await harness.navigateByUrl('/admin');
    expect(url()).toContain('/forbidden?missing=role:admin,role:sys-admin');
  });

  describe('forced first-login flows', () => {
    itEndsAt(
      'hold the user in the first pending step, keeping where they were going',
      () => signedInState({ user: { accountFlags: pendingFlags } }),
      '/virtual-terminal',
      '/first-login/password?returnUrl=%2Fvirtual-terminal',
    );

    itEndsAt(
      'a step that is not pending sends the user to the one that is',
      () =>
        signedInState({
          user: { accountFlags: { ...pendingFlags, changePasswordRequired: false } },
        }),
      '/first-login/password?returnUrl=%2Fdashboard',
      '/first-login/terms?returnUrl=%2Fdashboard',
    );

    it('when every step is done, continue to the page wanted (in-app only)', async () => {
      await setUp(signedInState());
      await harness.navigateByUrl('/first-login?returnUrl=%2Fvirtual-terminal');
      expect(url()).toBe('/virtual-terminal');
      await harness.navigateByUrl('/first-login?returnUrl=https:%2F%2Fevil.test');
      expect(url()).toBe('/dashboard');
    });
  });
});
