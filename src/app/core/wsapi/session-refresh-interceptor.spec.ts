import {
  HttpClient,
  HttpErrorResponse,
  provideHttpClient,
  withInterceptors,
} from '@angular/common/http';
import {
  HttpTestingController,
  TestRequest,
  provideHttpClientTesting,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Store, provideStore } from '@ngrx/store';
import { merchantSignedIn } from '../../../testing/auth-presets';
import { refreshResponseFixture } from '../../../testing/fixtures/refresh-response';
import { provideWsapiSession } from '../auth/provide-auth';
import { CLOCK } from '../clock';
import { SessionActions } from '../auth/state/auth.actions';
import { authFeature } from '../auth/state/auth.feature';
import { RUNTIME_CONFIG, RuntimeConfig } from '../config/runtime-config';
import { roamHeadersInterceptor } from './roam-headers-interceptor';
import { sessionRefreshInterceptor } from './session-refresh-interceptor';

const config: RuntimeConfig = {
  wsapiOrigin: 'https://api.example.com',
  wsapiBasePath: '/WSAPI',
  applicationKey: 'APP6-key',
  apiVersion: '6.0.0',
};
const AUTH = 'https://api.example.com/WSAPI/Authentication';
const api = (resource: string) => `https://api.example.com/WSAPI/${resource}`;
const unauthorized = { status: 401, statusText: 'Unauthorized' };
const invalidSession = { error: { code: 'invalid_session', message: 'Session expired' } };

const ticks = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setTimeout(resolve));
};

/**
 * Waits (bounded) until `done()` holds. The refresher's steps wait on a Web Lock, a real browser
 * API whose grants and releases take a task or more, later still on a busy machine.
 */
async function eventually(done: () => boolean, what = 'the expected outcome'): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within 5 s`);
    await ticks(1);
  }
}

/**
 * The refresher waits for a Web Lock (a real browser API, shared by every spec in this page): let
 * its promise chain run, and wait while the lock is still being released by the previous spec's
 * teardown (slow on a busy machine), so the PUT has been sent when this returns.
 */
async function settle(): Promise<void> {
  const deadline = Date.now() + 5_000;
  await ticks(10);
  while (Date.now() < deadline) {
    const { pending = [] } = await navigator.locks.query();
    if (!pending.some((lock) => lock.name === 'mcm-portal.session-refresh')) break;
    await ticks(5);
  }
  await ticks(5);
}

describe('sessionRefreshInterceptor with the session refresher', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let store: Store;
  /** The portal's clock, ahead of the restored session so that a 401 always calls for a refresh. */
  let now: number;

  beforeEach(() => {
    now = Date.now() + 60_000;
    TestBed.configureTestingModule({
      providers: [
        { provide: CLOCK, useValue: () => now },
        provideHttpClient(withInterceptors([sessionRefreshInterceptor, roamHeadersInterceptor])),
        provideHttpClientTesting(),
        { provide: RUNTIME_CONFIG, useValue: config },
        provideStore({ [authFeature.name]: authFeature.reducer }),
        provideWsapiSession(),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    store = TestBed.inject(Store);
    store.dispatch(
      SessionActions.restored({
        signedIn: merchantSignedIn({ at: Date.now(), session: { token: 'MCM6-old' } }),
      }),
    );
  });

  afterEach(() => backend.verify());

  /** The one request matching `match`, once it has been sent (see `eventually`). */
  async function expectRequest(
    match: string | { method: string; url: string },
  ): Promise<TestRequest> {
    let found: TestRequest[] = [];
    await eventually(
      () => (found = backend.match(match)).length > 0,
      `a request for ${JSON.stringify(match)}`,
    );
    expect(found.length)
      .withContext(`requests for ${JSON.stringify(match)}`)
      .toBe(1);
    return found[0];
  }

  it('refreshes once for many concurrent 401s, then replays each request once with the new token', async () => {
    const results: unknown[] = [];
    for (const name of ['Transactions', 'Inventory', 'Users']) {
      http.get(api(name)).subscribe((body) => results.push(body));
    }
    for (const name of ['Transactions', 'Inventory', 'Users']) {
      const first = backend.expectOne(api(name));
      expect(first.request.headers.get('X-Roam-Token')).toBe('MCM6-old');
      first.flush(invalidSession, unauthorized);
    }
    const refresh = await expectRequest({ method: 'PUT', url: AUTH });
    expect(refresh.request.headers.get('X-Roam-Token')).toBe('MCM6-old');
    refresh.flush({
      ...refreshResponseFixture,
      session: { ...refreshResponseFixture.session, session_token: 'MCM6-new' },
    });
    for (const name of ['Transactions', 'Inventory', 'Users']) {
      const replay = await expectRequest(api(name));
      expect(replay.request.headers.get('X-Roam-Token')).toBe('MCM6-new');
      replay.flush({ name });
    }
    expect(results).toEqual([{ name: 'Transactions' }, { name: 'Inventory' }, { name: 'Users' }]);
    expect(store.selectSignal(authFeature.selectToken)()).toBe('MCM6-new');
  });

  it('replays a request sent before the last refresh without refreshing again (a late 401)', async () => {
    const results: unknown[] = [];
    http.get(api('Transactions')).subscribe((body) => results.push(body));
    http.get(api('Inventory')).subscribe((body) => results.push(body));
    backend.expectOne(api('Transactions')).flush(invalidSession, unauthorized);
    const put = await expectRequest({ method: 'PUT', url: AUTH });
    now += 1_000;
    put.flush(refreshResponseFixture);
    (await expectRequest(api('Transactions'))).flush({ name: 'Transactions' });

    // The second request left before that refresh; its 401 arrives only now.
    now += 1_000;
    backend.expectOne(api('Inventory')).flush(invalidSession, unauthorized);
    await settle();
    backend.expectNone({ method: 'PUT', url: AUTH });
    (await expectRequest(api('Inventory'))).flush({ name: 'Inventory' });
    expect(results).toEqual([{ name: 'Transactions' }, { name: 'Inventory' }]);

    // A request sent after the refresh that gets a 401 does call for a new one.
    now += 1_000;
    http.get(api('Users')).subscribe((body) => results.push(body));
    backend.expectOne(api('Users')).flush(invalidSession, unauthorized);
    (await expectRequest({ method: 'PUT', url: AUTH })).flush(refreshResponseFixture);
    (await expectRequest(api('Users'))).flush({ name: 'Users' });
    expect(results).toEqual([{ name: 'Transactions' }, { name: 'Inventory' }, { name: 'Users' }]);
  });

  it('when a late 401’s replay on the refreshed session gets a 401 too, refreshes then, and signs out if refused', async () => {
    let failure: HttpErrorResponse | undefined;
    http.get(api('Transactions')).subscribe({ error: () => undefined });
    http
      .get(api('Inventory'))
      .subscribe({ error: (error: HttpErrorResponse) => (failure = error) });
    backend.expectOne(api('Transactions')).flush(invalidSession, unauthorized);
    const put = await expectRequest({ method: 'PUT', url: AUTH });
    now += 1_000;
    put.flush(refreshResponseFixture);
    (await expectRequest(api('Transactions'))).flush({ name: 'Transactions' });

    // The session is revoked after that refresh: the late 401's replay is refused as well.
    now += 1_000;
    backend.expectOne(api('Inventory')).flush(invalidSession, unauthorized);
    await settle();
    backend.expectNone({ method: 'PUT', url: AUTH });
    (await expectRequest(api('Inventory'))).flush(invalidSession, unauthorized);
    (await expectRequest({ method: 'PUT', url: AUTH })).flush(invalidSession, unauthorized);
    await eventually(() => failure !== undefined);
    backend.expectNone(api('Inventory'));
    expect(failure?.status).toBe(401);
    expect(store.selectSignal(authFeature.selectSignOutReason)()).toBe('expired');
  });

  it('replays only once: a second 401 goes back to the caller', async () => {
    let failure: HttpErrorResponse | undefined;
    http
      .get(api('Transactions'))
      .subscribe({ error: (error: HttpErrorResponse) => (failure = error) });
    backend.expectOne(api('Transactions')).flush(invalidSession, unauthorized);
    (await expectRequest({ method: 'PUT', url: AUTH })).flush(refreshResponseFixture);
    (await expectRequest(api('Transactions'))).flush(invalidSession, unauthorized);
    await eventually(() => failure !== undefined);
    backend.expectNone({ method: 'PUT', url: AUTH });
    expect(failure?.status).toBe(401);
  });

  it('signs out as expired when the refresh itself is refused, and fails the request', async () => {
    let failure: HttpErrorResponse | undefined;
    http
      .get(api('Transactions'))
      .subscribe({ error: (error: HttpErrorResponse) => (failure = error) });
    backend.expectOne(api('Transactions')).flush(invalidSession, unauthorized);
    (await expectRequest({ method: 'PUT', url: AUTH })).flush(invalidSession, unauthorized);
    await eventually(() => failure !== undefined);
    expect(failure?.status).toBe(401);
    expect(store.selectSignal(authFeature.selectStatus)()).toBe('signed-out');
    expect(store.selectSignal(authFeature.selectSignOutReason)()).toBe('expired');
  });

  it('keeps the session when the refresh fails for another reason (network, 5xx)', async () => {
    let failed = false;
    http.get(api('Transactions')).subscribe({ error: () => (failed = true) });
    backend.expectOne(api('Transactions')).flush(invalidSession, unauthorized);
    (await expectRequest({ method: 'PUT', url: AUTH })).flush(null, {
      status: 503,
      statusText: 'Unavailable',
    });
    await eventually(() => failed);
    expect(store.selectSignal(authFeature.selectStatus)()).toBe('signed-in');
  });

  it('never refreshes after a 403, and the user stays signed in', async () => {
    let status = 0;
    http
      .get(api('Transactions'))
      .subscribe({ error: (error: HttpErrorResponse) => (status = error.status) });
    backend
      .expectOne(api('Transactions'))
      .flush(
        { error: { code: 'forbidden', message: 'No' } },
        { status: 403, statusText: 'Forbidden' },
      );
    await settle();
    backend.expectNone({ method: 'PUT', url: AUTH });
    expect(status).toBe(403);
    expect(store.selectSignal(authFeature.selectStatus)()).toBe('signed-in');
  });

  it('never refreshes after a 401 from /Authentication itself', async () => {
    http.post(AUTH, { user_name: 'x', password: 'y' }).subscribe({ error: () => undefined });
    backend
      .expectOne({ method: 'POST', url: AUTH })
      .flush({ error: { code: 'invalid_credentials', message: 'No' } }, unauthorized);
    await settle();
    backend.expectNone({ method: 'PUT', url: AUTH });
    expect(store.selectSignal(authFeature.selectStatus)()).toBe('signed-in');
  });

  it('does not refresh for calls to other origins', async () => {
    http.get('https://other.example.com/WSAPI/Transactions').subscribe({ error: () => undefined });
    const request = backend.expectOne('https://other.example.com/WSAPI/Transactions');
    expect(request.request.headers.has('X-Roam-Token')).toBeFalse();
    request.flush(null, unauthorized);
    await settle();
    backend.expectNone({ method: 'PUT', url: AUTH });
  });
});
