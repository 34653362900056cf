import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Store } from '@ngrx/store';
import { refreshResponseFixture } from '../../../testing/fixtures/refresh-response';
import { REFRESHED_MARK } from './session-refresher';
import { authFeature } from './state/auth.feature';
import {
  AUTH,
  api,
  collect,
  invalidSession,
  markRefreshedElsewhere,
  refreshMarks,
  useSessionRefreshTestbed,
  unauthorized,
} from './session-refresh.testing';
import { waitUntil } from '../../../testing/wait-until';

describe('sessionRefreshInterceptor with the session refresher: refreshes made by other tabs', () => {
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
    await waitUntil(async () => (await refreshMarks()).length === 0, 'the mark goes with the app');
  });
});
