import { HttpErrorResponse } from '@angular/common/http';
import { refreshResponseFixture } from '../../../testing/fixtures/refresh-response';
import { authFeature } from './state/auth.feature';
import {
  AUTH,
  api,
  collect,
  eventually,
  expireSession,
  useSessionRefreshTestbed,
} from './session-refresh.testing';

describe('sessionRefreshInterceptor with the session refresher: one refresh, each request replayed once', () => {
  const bed = useSessionRefreshTestbed();

  /**
   * Transactions' 401 is refreshed (a second later) and replayed; a second later, the 401 of
   * Inventory (sent before that refresh) arrives, and no new refresh is asked for.
   */
  async function refreshThenLate401(): Promise<void> {
    expireSession(bed.backend.expectOne(api('Transactions')));
    const put = await bed.expectRequest({ method: 'PUT', url: AUTH });
    bed.now += 1_000;
    put.flush(refreshResponseFixture);
    (await bed.expectRequest(api('Transactions'))).flush({ name: 'Transactions' });
    bed.now += 1_000;
    expireSession(bed.backend.expectOne(api('Inventory')));
    await bed.settle();
    bed.backend.expectNone({ method: 'PUT', url: AUTH });
  }

  it('refreshes once for many concurrent 401s, then replays each request once with the new token', async () => {
    const results: unknown[] = [];
    for (const name of ['Transactions', 'Inventory', 'Users']) {
      bed.http.get(api(name)).subscribe(collect(results));
    }
    for (const name of ['Transactions', 'Inventory', 'Users']) {
      const first = bed.backend.expectOne(api(name));
      expect(first.request.headers.get('X-Roam-Token')).toBe('MCM6-old');
      expireSession(first);
    }
    const refresh = await bed.expectRequest({ method: 'PUT', url: AUTH });
    expect(refresh.request.headers.get('X-Roam-Token')).toBe('MCM6-old');
    refresh.flush({
      ...refreshResponseFixture,
      session: { ...refreshResponseFixture.session, session_token: 'MCM6-new' },
    });
    for (const name of ['Transactions', 'Inventory', 'Users']) {
      const replay = await bed.expectRequest(api(name));
      expect(replay.request.headers.get('X-Roam-Token')).toBe('MCM6-new');
      replay.flush({ name });
    }
    expect(results).toEqual([{ name: 'Transactions' }, { name: 'Inventory' }, { name: 'Users' }]);
    expect(bed.store.selectSignal(authFeature.selectToken)()).toBe('MCM6-new');
  });

  it('replays a request sent before the last refresh without refreshing again (a late 401)', async () => {
    const results: unknown[] = [];
    bed.http.get(api('Transactions')).subscribe(collect(results));
    bed.http.get(api('Inventory')).subscribe(collect(results));
    // The second request left before that refresh; its 401 arrives only now.
    await refreshThenLate401();
    (await bed.expectRequest(api('Inventory'))).flush({ name: 'Inventory' });
    expect(results).toEqual([{ name: 'Transactions' }, { name: 'Inventory' }]);

    // A request sent after the refresh that gets a 401 does call for a new one.
    bed.now += 1_000;
    bed.http.get(api('Users')).subscribe(collect(results));
    expireSession(bed.backend.expectOne(api('Users')));
    (await bed.expectRequest({ method: 'PUT', url: AUTH })).flush(refreshResponseFixture);
    (await bed.expectRequest(api('Users'))).flush({ name: 'Users' });
    expect(results).toEqual([{ name: 'Transactions' }, { name: 'Inventory' }, { name: 'Users' }]);
  });

  it('when a late 401’s replay on the refreshed session gets a 401 too, refreshes then, and signs out if refused', async () => {
    let failure: HttpErrorResponse | undefined;
    bed.http.get(api('Transactions')).subscribe({ error: () => undefined });
    bed.http
      .get(api('Inventory'))
      .subscribe({ error: (error: HttpErrorResponse) => (failure = error) });
    // The session is revoked after that refresh: the late 401's replay is refused as well.
    await refreshThenLate401();
    expireSession(await bed.expectRequest(api('Inventory')));
    expireSession(await bed.expectRequest({ method: 'PUT', url: AUTH }));
    await eventually(() => failure !== undefined);
    bed.backend.expectNone(api('Inventory'));
    expect(failure?.status).toBe(401);
    expect(bed.store.selectSignal(authFeature.selectSignOutReason)()).toBe('expired');
  });

  it('replays only once: a second 401 goes back to the caller', async () => {
    let failure: HttpErrorResponse | undefined;
    bed.http
      .get(api('Transactions'))
      .subscribe({ error: (error: HttpErrorResponse) => (failure = error) });
    expireSession(bed.backend.expectOne(api('Transactions')));
    (await bed.expectRequest({ method: 'PUT', url: AUTH })).flush(refreshResponseFixture);
    expireSession(await bed.expectRequest(api('Transactions')));
    await eventually(() => failure !== undefined);
    bed.backend.expectNone({ method: 'PUT', url: AUTH });
    expect(failure?.status).toBe(401);
  });
});
