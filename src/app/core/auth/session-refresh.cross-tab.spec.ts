import { TestBed } from '@angular/core/testing';
import { refreshResponseFixture } from '../../../testing/fixtures/refresh-response';
import { REFRESHED_MARK } from './session-refresher';
import { authFeature } from './state/auth.feature';
import {
  AUTH,
  api,
  collect,
  expireSession,
  useSessionRefreshTestbed,
} from './session-refresh.testing';
import { waitUntil } from '../../../testing/wait-until';

describe('sessionRefreshInterceptor with the session refresher: refreshes made by other tabs', () => {
  const bed = useSessionRefreshTestbed();

  it('adopts a refresh another tab made after the request left (its mark), without a PUT', async () => {
    const results: unknown[] = [];
    bed.http.get(api('Transactions')).subscribe(collect(results));
    const release = await bed.markRefreshedElsewhere(bed.now + 500);
    try {
      expireSession(bed.backend.expectOne(api('Transactions')));
      const replay = await bed.expectRequest(api('Transactions'));
      // A refresh keeps the token; the other tab's new expiry comes by the session bus.
      expect(replay.request.headers.get('X-Roam-Token')).toBe('MCM6-old');
      bed.backend.expectNone({ method: 'PUT', url: AUTH });
      replay.flush({ name: 'Transactions' });
      expect(results).toEqual([{ name: 'Transactions' }]);
    } finally {
      release();
    }
  });

  it('still refreshes when the other tab’s refresh is older than the request', async () => {
    bed.http.get(api('Transactions')).subscribe({ error: () => undefined });
    const release = await bed.markRefreshedElsewhere(bed.now - 500);
    try {
      expireSession(bed.backend.expectOne(api('Transactions')));
      (await bed.expectRequest({ method: 'PUT', url: AUTH })).flush(refreshResponseFixture);
      (await bed.expectRequest(api('Transactions'))).flush({ name: 'Transactions' });
    } finally {
      release();
    }
  });

  it('marks its own refresh for other tabs before letting go of the refresh lock', async () => {
    bed.http.get(api('Transactions')).subscribe({ error: () => undefined });
    expireSession(bed.backend.expectOne(api('Transactions')));
    (await bed.expectRequest({ method: 'PUT', url: AUTH })).flush(refreshResponseFixture);
    // The replay is sent once the refresh lock has been released: the mark is held by then.
    const replay = await bed.expectRequest(api('Transactions'));
    const issuedAt = bed.store.selectSignal(authFeature.selectSession)()?.issuedAt;
    expect(await bed.refreshMarks()).toEqual([`${REFRESHED_MARK}${issuedAt}`]);
    replay.flush({ name: 'Transactions' });
    // It goes with the app.
    TestBed.resetTestingModule();
    await waitUntil(
      async () => (await bed.refreshMarks()).length === 0,
      'the mark goes with the app',
    );
  });
});
