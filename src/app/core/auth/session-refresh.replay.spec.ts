import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { Store } from '@ngrx/store';
import { refreshResponseFixture } from '../../../testing/fixtures/refresh-response';
import { authFeature } from './state/auth.feature';
import {
  AUTH,
  api,
  collect,
  eventually,
  invalidSession,
  useSessionRefreshTestbed,
  settle,
  unauthorized,
} from './session-refresh.testing';

describe('sessionRefreshInterceptor with the session refresher: one refresh, each request replayed once', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let store: Store;
  /** The portal's clock, which the specs move. */
  let now: number;
  const { expectRequest } = useSessionRefreshTestbed({
    clock: () => now,
    starting: (at) => (now = at),
    started: (testbed) => ({ http, backend, store } = testbed),
  });

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
});
