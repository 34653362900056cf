import { HttpErrorResponse } from '@angular/common/http';
import { authFeature } from './state/auth.feature';
import { AUTH, api, unauthorized, useSessionRefreshTestbed } from './session-refresh.testing';

describe('sessionRefreshInterceptor with the session refresher: responses that never call for a refresh', () => {
  const bed = useSessionRefreshTestbed();

  it('never refreshes after a 403, and the user stays signed in', async () => {
    let status = 0;
    bed.http
      .get(api('Transactions'))
      .subscribe({ error: (error: HttpErrorResponse) => (status = error.status) });
    bed.backend
      .expectOne(api('Transactions'))
      .flush(
        { error: { code: 'forbidden', message: 'No' } },
        { status: 403, statusText: 'Forbidden' },
      );
    await bed.settle();
    bed.backend.expectNone({ method: 'PUT', url: AUTH });
    expect(status).toBe(403);
    expect(bed.store.selectSignal(authFeature.selectStatus)()).toBe('signed-in');
  });

  it('never refreshes after a 401 from /Authentication itself', async () => {
    bed.http.post(AUTH, { user_name: 'x', password: 'y' }).subscribe({ error: () => undefined });
    bed.backend
      .expectOne({ method: 'POST', url: AUTH })
      .flush({ error: { code: 'invalid_credentials', message: 'No' } }, unauthorized);
    await bed.settle();
    bed.backend.expectNone({ method: 'PUT', url: AUTH });
    expect(bed.store.selectSignal(authFeature.selectStatus)()).toBe('signed-in');
  });

  it('does not refresh for calls to other origins', async () => {
    bed.http
      .get('https://other.example.com/WSAPI/Transactions')
      .subscribe({ error: () => undefined });
    const request = bed.backend.expectOne('https://other.example.com/WSAPI/Transactions');
    expect(request.request.headers.has('X-Roam-Token')).toBeFalse();
    request.flush(null, unauthorized);
    await bed.settle();
    bed.backend.expectNone({ method: 'PUT', url: AUTH });
  });
});
