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
import { provideWsapiSession } from './provide-auth';
import { REFRESHED_MARK } from './session-refresher';
import { CLOCK } from '../clock';
import { SessionActions } from './state/auth.actions';
import { authFeature } from './state/auth.feature';
import { RUNTIME_CONFIG, RuntimeConfig } from '../config/runtime-config';
import { roamHeadersInterceptor } from '../wsapi/roam-headers-interceptor';
import { sessionRefreshInterceptor } from '../wsapi/session-refresh-interceptor';
import { merchantSignedIn } from '../../../testing/auth-presets';
import { FakeLockManager, provideFakeCrossTab } from '../../../testing/fake-cross-tab';
import { BROWSER_WAIT_MS, waitUntil } from '../../../testing/wait-until';
import { TEST_RUNTIME_CONFIG, TEST_WSAPI_BASE } from '../../../testing/wsapi-testing';

/*
 * Shared set-up of the session-refresh.*.spec.ts files (the interceptor with the refresher); imported by those specs only
 * (like every *.testing.ts, it is compiled with the specs, never with the app).
 */

const config: RuntimeConfig = { ...TEST_RUNTIME_CONFIG, applicationKey: 'APP6-key' };
export const AUTH = `${TEST_WSAPI_BASE}/Authentication`;
export const api = (resource: string) => `${TEST_WSAPI_BASE}/${resource}`;
export const unauthorized = { status: 401, statusText: 'Unauthorized' };
export const invalidSession = { error: { code: 'invalid_session', message: 'Session expired' } };

export const ticks = async (count: number) => {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setTimeout(resolve));
};

/**
 * Waits (bounded, see waitUntil) until `done()` holds. The refresher's steps wait on a Web Lock,
 * whose grants and releases come a few promise turns later.
 */
export function eventually(done: () => boolean, what = 'the expected outcome'): Promise<void> {
  return waitUntil(done, what);
}

/** Answers `request` with the WSAPI's 401 `invalid_session`: the session it was sent with is over. */
export function expireSession(request: TestRequest): void {
  request.flush(invalidSession, unauthorized);
}

/**
 * A subscriber that collects bodies, and errors as `{ failed: status }`: an error left unhandled
 * would be thrown later, inside whichever spec runs then.
 */
export const collect = (results: unknown[]) => ({
  next: (body: unknown) => results.push(body),
  error: (error: HttpErrorResponse) => results.push({ failed: error.status }),
});

/** What a spec works with once the testbed is up (each spec gets new ones). */
export interface SessionRefreshTestbed {
  readonly http: HttpClient;
  readonly backend: HttpTestingController;
  readonly store: Store;
  /** The portal's clock, which the spec moves. */
  now: number;
  /**
   * The one request matching `match`, once it has been sent (see `eventually`); fails the spec
   * when more than one was sent.
   */
  expectRequest(match: string | { method: string; url: string }): Promise<TestRequest>;
  /**
   * The refresher waits for a Web Lock: lets its promise chain run, and waits while the refresh
   * lock is still pending, so the PUT (if any) has been sent when this returns.
   */
  settle(): Promise<void>;
  /** The refresh marks (see REFRESHED_MARK) held in this spec's Web Locks right now. */
  refreshMarks(): Promise<string[]>;
  /** Holds a refresh mark as another tab would, until the returned function is called. */
  markRefreshedElsewhere(at: number): Promise<() => void>;
}

/**
 * For the calling `describe`, the set-up every refresh-interceptor spec shares. Before each spec:
 * the portal's clock (`bed.now`, which the spec moves) a minute ahead of a restored merchant
 * session, so that a 401 always calls for a refresh; then the interceptors and the session
 * refresher on a testing backend and the spec's own in-memory Web Locks (no refresh mark of an
 * earlier spec can look like another tab's refresh). After each spec: no request left open.
 * Read `bed.http`, `bed.backend`, `bed.store` inside the specs.
 */
export function useSessionRefreshTestbed(): SessionRefreshTestbed {
  /** This spec's in-memory Web Locks, kept after its app is torn down. */
  let locks: FakeLockManager;
  const bed = { now: 0, expectRequest, settle, refreshMarks, markRefreshedElsewhere } as {
    -readonly [K in keyof SessionRefreshTestbed]: SessionRefreshTestbed[K];
  };

  beforeEach(async () => {
    bed.now = Date.now() + 60_000;
    TestBed.configureTestingModule({
      providers: [
        provideFakeCrossTab(),
        { provide: CLOCK, useValue: () => bed.now },
        provideHttpClient(withInterceptors([sessionRefreshInterceptor, roamHeadersInterceptor])),
        provideHttpClientTesting(),
        { provide: RUNTIME_CONFIG, useValue: config },
        provideStore({ [authFeature.name]: authFeature.reducer }),
        provideWsapiSession(),
      ],
    });
    bed.backend = TestBed.inject(HttpTestingController);
    locks = TestBed.inject(FakeLockManager);
    expect(await refreshMarks())
      .withContext('refresh marks before the spec')
      .toEqual([]);
    bed.store = TestBed.inject(Store);
    bed.store.dispatch(
      SessionActions.restored({
        signedIn: merchantSignedIn({ at: Date.now(), session: { token: 'MCM6-old' } }),
      }),
    );
    bed.http = TestBed.inject(HttpClient);
  });

  afterEach(() => bed.backend.verify());

  async function expectRequest(
    match: string | { method: string; url: string },
  ): Promise<TestRequest> {
    let found: TestRequest[] = [];
    await eventually(
      () => (found = bed.backend.match(match)).length > 0,
      `a request for ${JSON.stringify(match)}`,
    );
    if (found.length !== 1) {
      throw new Error(`requests for ${JSON.stringify(match)}: expected 1, got ${found.length}`);
    }
    return found[0];
  }

  async function settle(): Promise<void> {
    const deadline = Date.now() + BROWSER_WAIT_MS;
    await ticks(10);
    while (Date.now() < deadline) {
      const { pending = [] } = await locks.query();
      if (!pending.some((lock) => lock.name === 'mcm-portal.session-refresh')) break;
      await ticks(5);
    }
    await ticks(5);
  }

  async function refreshMarks(): Promise<string[]> {
    const { held = [] } = await locks.query();
    return held.map((lock) => lock.name ?? '').filter((name) => name.startsWith(REFRESHED_MARK));
  }

  async function markRefreshedElsewhere(at: number): Promise<() => void> {
    let release = () => undefined as void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await new Promise<void>((granted) =>
      locks.request(`${REFRESHED_MARK}${at}`, { mode: 'shared' }, () => {
        granted();
        return released;
      }),
    );
    return release;
  }

  return bed;
}
