import { HttpErrorResponse } from '@angular/common/http';
import { authFeature } from './state/auth.feature';
import {
  AUTH,
  api,
  eventually,
  expireSession,
  useSessionRefreshTestbed,
} from './session-refresh.testing';

describe('sessionRefreshInterceptor with the session refresher: a failed refresh', () => {
  const bed = useSessionRefreshTestbed();

  it('signs out as expired when the refresh itself is refused, and fails the request', async () => {
    let failure: HttpErrorResponse | undefined;
    bed.http
      .get(api('Transactions'))
      .subscribe({ error: (error: HttpErrorResponse) => (failure = error) });
    expireSession(bed.backend.expectOne(api('Transactions')));
    expireSession(await bed.expectRequest({ method: 'PUT', url: AUTH }));
    await eventually(() => failure !== undefined);
    expect(failure?.status).toBe(401);
    expect(bed.store.selectSignal(authFeature.selectStatus)()).toBe('signed-out');
    expect(bed.store.selectSignal(authFeature.selectSignOutReason)()).toBe('expired');
  });

  it('keeps the session when the refresh fails for another reason (network, 5xx)', async () => {
    let failed = false;
    bed.http.get(api('Transactions')).subscribe({ error: () => (failed = true) });
    expireSession(bed.backend.expectOne(api('Transactions')));
    (await bed.expectRequest({ method: 'PUT', url: AUTH })).flush(null, {
      status: 503,
      statusText: 'Unavailable',
    });
    await eventually(() => failed);
    expect(bed.store.selectSignal(authFeature.selectStatus)()).toBe('signed-in');
  });
});
