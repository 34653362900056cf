import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { Store } from '@ngrx/store';
import { merchantSignedIn } from '../../../testing/auth-presets';
import { authFeature } from '../auth/state/auth.feature';
import {
  AUTH,
  api,
  eventually,
  invalidSession,
  refreshMarksLeftByEarlierSpecs,
  sessionRefreshTesting,
  unauthorized,
} from './session-refresh-interceptor.testing';

describe('sessionRefreshInterceptor with the session refresher: a failed refresh', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let store: Store;
  /** The portal's clock, ahead of the restored session so that a 401 always calls for a refresh. */
  let now: number;
  const { setUp, expectRequest } = sessionRefreshTesting(
    () => now,
    () => merchantSignedIn({ at: Date.now(), session: { token: 'MCM6-old' } }),
  );

  beforeEach(async () => {
    // The marks of earlier specs' refreshes go with their apps (asynchronously): a late one
    // would look like another tab's refresh here.
    expect(await refreshMarksLeftByEarlierSpecs())
      .withContext('refresh marks left by earlier specs')
      .toEqual([]);
    now = Date.now() + 60_000;
    ({ http, backend, store } = setUp());
  });

  afterEach(() => backend.verify());

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
});
