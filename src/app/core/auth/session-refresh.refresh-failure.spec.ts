import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { Store } from '@ngrx/store';
import { authFeature } from './state/auth.feature';
import {
  AUTH,
  api,
  eventually,
  invalidSession,
  useSessionRefreshTestbed,
  unauthorized,
} from './session-refresh.testing';

describe('sessionRefreshInterceptor with the session refresher: a failed refresh', () => {
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
