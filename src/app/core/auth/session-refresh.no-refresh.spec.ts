import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { Store } from '@ngrx/store';
import { authFeature } from './state/auth.feature';
import {
  AUTH,
  api,
  useSessionRefreshTestbed,
  settle,
  unauthorized,
} from './session-refresh.testing';

describe('sessionRefreshInterceptor with the session refresher: responses that never call for a refresh', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let store: Store;
  /** The portal's clock, which the specs move. */
  let now: number;
  useSessionRefreshTestbed({
    clock: () => now,
    starting: (at) => (now = at),
    started: (testbed) => ({ http, backend, store } = testbed),
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
