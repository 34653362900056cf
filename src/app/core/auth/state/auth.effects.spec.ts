import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { Store, provideStore } from '@ngrx/store';
import { merchantSignedIn } from '../../../../testing/auth-presets';
import { FakeSessionBus, provideFakeSessionBus } from '../../../../testing/fake-session-bus';
import { loginResponseFixture } from '../../../../testing/fixtures/login-response';
import { TEST_RUNTIME_CONFIG } from '../../../../testing/wsapi-testing';
import { RUNTIME_CONFIG } from '../../config/runtime-config';
import { roamHeadersInterceptor } from '../../wsapi/roam-headers-interceptor';
import { SessionStorage } from '../session-storage';
import {
  AuthApiActions,
  LoginPageActions,
  SessionActions,
  SessionBusActions,
  ShellActions,
} from './auth.actions';
import * as authEffects from './auth.effects';
import { authFeature } from './auth.feature';
import * as busEffects from './session-bus.effects';

const AUTH = 'https://api.example.com/WSAPI/Authentication';

describe('auth effects', () => {
  let store: Store;
  let backend: HttpTestingController;
  let storage: SessionStorage;
  let bus: FakeSessionBus;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([]),
        provideHttpClient(withInterceptors([roamHeadersInterceptor])),
        provideHttpClientTesting(),
        { provide: RUNTIME_CONFIG, useValue: TEST_RUNTIME_CONFIG },
        provideStore({ [authFeature.name]: authFeature.reducer }),
        provideEffects(authEffects, busEffects),
        provideFakeSessionBus(),
      ],
    });
    store = TestBed.inject(Store);
    backend = TestBed.inject(HttpTestingController);
    storage = TestBed.inject(SessionStorage);
    bus = TestBed.inject(FakeSessionBus);
    router = TestBed.inject(Router);
    spyOn(router, 'navigateByUrl').and.resolveTo(true);
  });

  afterEach(() => {
    backend.verify();
    storage.clear();
  });

  const state = () => store.selectSignal(authFeature.selectAuthState)();

  it('signs in: posts the credentials, keeps the mapped session, saves it, tells other tabs, goes to returnUrl', () => {
    store.dispatch(
      LoginPageActions.signInSubmitted({
        credentials: { userName: 'merchant', password: 'pw' },
        returnUrl: '/transactions',
      }),
    );
    const post = backend.expectOne({ method: 'POST', url: AUTH });
    expect(post.request.body).toEqual({ user_name: 'merchant', password: 'pw' });
    post.flush(loginResponseFixture);

    expect(state().status).toBe('signed-in');
    expect(state().session?.token).toBe(loginResponseFixture.session.session_token);
    expect(storage.read()?.session.token).toBe(loginResponseFixture.session.session_token);
    expect(JSON.stringify(sessionStorage)).not.toContain('testAnswer');
    expect(bus.posted.map((message) => message.type)).toEqual(['session']);
    expect(router.navigateByUrl).toHaveBeenCalledWith('/transactions', { replaceUrl: true });
  });

  it('refuses an absolute returnUrl after sign-in', () => {
    store.dispatch(
      LoginPageActions.signInSubmitted({
        credentials: { userName: 'm', password: 'p' },
        returnUrl: 'https://evil.test/',
      }),
    );
    backend.expectOne(AUTH).flush(loginResponseFixture);
    expect(router.navigateByUrl).toHaveBeenCalledWith('/dashboard', { replaceUrl: true });
  });

  it('maps a failed sign-in to a typed error', () => {
    store.dispatch(
      LoginPageActions.signInSubmitted({
        credentials: { userName: 'm', password: 'p' },
        returnUrl: null,
      }),
    );
    backend
      .expectOne(AUTH)
      .flush(
        { error: { code: 'account_locked', message: 'Locked' } },
        { status: 423, statusText: 'Locked', headers: { 'Retry-After': '90' } },
      );
    expect(state().signInError).toEqual({ kind: 'locked', retryAfterSeconds: 90 });
    expect(storage.read()).toBeNull();
  });

  describe('signing out', () => {
    beforeEach(() => {
      const signedIn = merchantSignedIn({ session: { token: 'MCM6-live' } });
      store.dispatch(SessionActions.restored({ signedIn }));
      storage.write(signedIn);
    });

    it('clears everything at once, tells other tabs, and deletes the session on the server', () => {
      store.dispatch(ShellActions.signOutClicked());
      expect(state().status).toBe('signed-out');
      expect(storage.read()).toBeNull();
      expect(bus.posted).toContain({ type: 'signed-out' });
      const request = backend.expectOne({ method: 'DELETE', url: AUTH });
      expect(request.request.headers.get('X-Roam-Token')).toBe('MCM6-live');
      request.flush('');
    });

    it('stays signed out when the DELETE fails', () => {
      store.dispatch(ShellActions.signOutClicked());
      backend.expectOne({ method: 'DELETE', url: AUTH }).error(new ProgressEvent('error'));
      expect(state().status).toBe('signed-out');
      expect(state().signOutReason).toBe('signed-out');
    });

    it('sends no DELETE for a session the server already refused', () => {
      store.dispatch(SessionActions.expired());
      backend.expectNone({ method: 'DELETE', url: AUTH });
      expect(storage.read()).toBeNull();
      expect(state().signOutReason).toBe('expired');
    });

    it('follows a sign-out in another tab without a DELETE of its own', () => {
      bus.receive({ type: 'signed-out' });
      expect(state().signOutReason).toBe('other-tab');
      expect(storage.read()).toBeNull();
      backend.expectNone({ method: 'DELETE', url: AUTH });
      expect(router.navigateByUrl).toHaveBeenCalledWith('/login');
    });
  });

  it('adopts a session another tab shares, and answers a new tab asking for it', () => {
    const shared = merchantSignedIn({ session: { token: 'MCM6-from-other-tab' } });
    bus.receive({ type: 'session', signedIn: shared });
    expect(state().session?.token).toBe('MCM6-from-other-tab');
    expect(storage.read()?.session.token).toBe('MCM6-from-other-tab');
    bus.receive({ type: 'session-wanted' });
    expect(bus.posted).toContain({ type: 'session', signedIn: shared });
    expect(SessionBusActions.sessionShared.type).toBe('[Session Bus] Session Shared');
  });

  describe('after a refresh', () => {
    beforeEach(() => {
      store.dispatch(
        SessionActions.restored({
          signedIn: merchantSignedIn({ session: { token: 'MCM6-live' } }),
        }),
      );
    });

    const refreshed = () => {
      const current = state();
      store.dispatch(
        AuthApiActions.refreshSucceeded({ session: current.session!, account: current.account! }),
      );
    };

    it('reads the current configuration, so a changed flag applies without a sign-out', () => {
      refreshed();
      const read = backend.expectOne({
        method: 'GET',
        url: 'https://api.example.com/WSAPI/Users/Configuration',
      });
      read.flush({
        configuration: {
          'component.access.virtual_terminal': false,
          'security.session_timeout.mobile': 10,
        },
      });
      expect(state().account?.configuration['component.access.virtual_terminal']).toBeFalse();
      expect(
        storage.read()?.account.configuration['component.access.virtual_terminal'],
      ).toBeFalse();
      expect(bus.posted.filter((message) => message.type === 'session').length).toBeGreaterThan(0);
      expect(router.navigateByUrl).toHaveBeenCalledWith(router.url, {
        onSameUrlNavigation: 'reload',
      });
    });

    it('keeps the configuration from before when that read fails', () => {
      const before = state().account?.configuration;
      refreshed();
      backend
        .expectOne('https://api.example.com/WSAPI/Users/Configuration')
        .flush(null, { status: 404, statusText: 'Not Found' });
      expect(state().account?.configuration).toEqual(before!);
      expect(state().status).toBe('signed-in');
    });
  });
});
