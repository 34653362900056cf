import { HttpErrorResponse, HttpInterceptorFn, HttpStatusCode } from '@angular/common/http';
import { DOCUMENT, inject } from '@angular/core';
import { catchError, switchMap, throwError } from 'rxjs';
import { CLOCK } from '../clock';
import { RUNTIME_CONFIG } from '../config/runtime-config';
import { ROAM_TOKEN_HEADER } from './roam-headers-interceptor';
import { WSAPI_SESSION } from './wsapi-session';
import { isAuthenticationPath, wsapiPath } from './wsapi-url';

/**
 * On a 401 from a WSAPI call made while signed in: one shared refresh, then the request is
 * replayed once with the new token. A 401 for a request sent before the session's last refresh
 * (in this tab or another) is replayed without a refresh of its own. A 401 from /Authentication itself, a 403, or a replay that
 * fails again goes back to the caller. Register it before roamHeadersInterceptor so the replay
 * is stamped again.
 */
export const sessionRefreshInterceptor: HttpInterceptorFn = (req, next) => {
  const path = wsapiPath(req.url, inject(DOCUMENT).baseURI, inject(RUNTIME_CONFIG));
  const session = inject(WSAPI_SESSION);
  if (path === null || isAuthenticationPath(path) || req.headers.has(ROAM_TOKEN_HEADER)) {
    return next(req);
  }
  if (!session.token()) return next(req);
  const sentAt = inject(CLOCK)();

  return next(req).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse) || error.status !== HttpStatusCode.Unauthorized) {
        return throwError(() => error);
      }
      return session
        .refreshAfterUnauthorized(sentAt)
        .pipe(switchMap((token) => (token ? next(req) : throwError(() => error))));
    }),
  );
};
