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
import { REFRESHED_MARK } from '../auth/session-refresher';
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
 * How long a wait may take: well under Jasmine's 5 s timeout, so that a spec fails with its own
 * message and leaves no polling loop behind to throw inside a later spec.
 */
const WAIT_MS = 3_000;

/**
 * Waits (bounded) until `done()` holds. The refresher's steps wait on a Web Lock, a real browser
 * API whose grants and releases take a task or more, later still on a busy machine.
 */
async function eventually(done: () => boolean, what = 'the expected outcome'): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen within ${WAIT_MS} ms`);
    await ticks(1);
  }
}

/**
 * The refresher waits for a Web Lock (a real browser API, shared by every spec in this page): let
 * its promise chain run, and wait while the lock is still being released by the previous spec's
 * teardown (slow on a busy machine), so the PUT has been sent when this returns.
 */
async function settle(): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  await ticks(10);
  while (Date.now() < deadline) {
    const { pending = [] } = await navigator.locks.query();
    if (!pending.some((lock) => lock.name === 'mcm-portal.session-refresh')) break;
    await ticks(5);
  }
  await ticks(5);
}

/** The refresh marks (see REFRESHED_MARK) held in this page right now. */
async function refreshMarks(): Promise<string[]> {
  const { held = [] } = await navigator.locks.query();
  return held.map((lock) => lock.name ?? '').filter((name) => name.startsWith(REFRESHED_MARK));
}

/** Holds a refresh mark as another tab would, until the returned function is called. */
async function markRefreshedElsewhere(at: number): Promise<() => void> {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await new Promise<void>((granted) =>
    navigator.locks.request(`${REFRESHED_MARK}${at}`, { mode: 'shared' }, () => {
      granted();
      return released;
    }),
  );
  return release;
}

/**
 * A subscriber that collects bodies, and errors as `{ failed: status }`: an error left unhandled
 * would be thrown later, inside whichever spec runs then.
 */
const collect = (results: unknown[]) => ({
  next: (body: unknown) => results.push(body),
  error: (error: HttpErrorResponse) => results.push({ failed: error.status }),
});

describe('sessionRefreshInterceptor with the session refresher', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let store: Store;
  /** The portal's clock, ahead of the restored session so that a 401 always calls for a refresh. */
  let now: number;

  beforeEach(async () => {
    // The marks of earlier specs' refreshes go with their apps (asynchronously): a late one
    // would look like another tab's refresh here.
    let marks = await refreshMarks();
    for (let i = 0; i < 300 && marks.length > 0; i++) {
      await ticks(1);
      marks = await refreshMarks();
    }
    expect(marks).withContext('refresh marks left by earlier specs').toEqual([]);
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
      http.get(api(name)).subscribe(collect(results));
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
    http.get(api('Transactions')).subscribe(collect(results));
    http.get(api('Inventory')).subscribe(collect(results));
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
    http.get(api('Users')).subscribe(collect(results));
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

  it('adopts a refresh another tab made after the request left (its mark), without a PUT', async () => {
    const results: unknown[] = [];
    http.get(api('Transactions')).subscribe(collect(results));
    const release = await markRefreshedElsewhere(now + 500);
    try {
      backend.expectOne(api('Transactions')).flush(invalidSession, unauthorized);
      const replay = await expectRequest(api('Transactions'));
      // A refresh keeps the token; the other tab's new expiry comes by the session bus.
      expect(replay.request.headers.get('X-Roam-Token')).toBe('MCM6-old');
      backend.expectNone({ method: 'PUT', url: AUTH });
      replay.flush({ name: 'Transactions' });
      expect(results).toEqual([{ name: 'Transactions' }]);
    } finally {
      release();
    }
  });

  it('still refreshes when the other tab’s refresh is older than the request', async () => {
    http.get(api('Transactions')).subscribe({ error: () => undefined });
    const release = await markRefreshedElsewhere(now - 500);
    try {
      backend.expectOne(api('Transactions')).flush(invalidSession, unauthorized);
      (await expectRequest({ method: 'PUT', url: AUTH })).flush(refreshResponseFixture);
      (await expectRequest(api('Transactions'))).flush({ name: 'Transactions' });
    } finally {
      release();
    }
  });

  it('marks its own refresh for other tabs before letting go of the refresh lock', async () => {
    http.get(api('Transactions')).subscribe({ error: () => undefined });
    backend.expectOne(api('Transactions')).flush(invalidSession, unauthorized);
    (await expectRequest({ method: 'PUT', url: AUTH })).flush(refreshResponseFixture);
    // The replay is sent once the refresh lock has been released: the mark is held by then.
    const replay = await expectRequest(api('Transactions'));
    const issuedAt = store.selectSignal(authFeature.selectSession)()?.issuedAt;
    expect(await refreshMarks()).toEqual([`${REFRESHED_MARK}${issuedAt}`]);
    replay.flush({ name: 'Transactions' });
    // It goes with the app.
    TestBed.resetTestingModule();
    let marks = await refreshMarks();
    for (let i = 0; i < 300 && marks.length > 0; i++) {
      await ticks(1);
      marks = await refreshMarks();
    }
    expect(marks).toEqual([]);
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
