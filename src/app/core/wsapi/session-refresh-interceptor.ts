import { HttpErrorResponse, HttpInterceptorFn, HttpStatusCode } from '@angular/common/http';
import { DOCUMENT, inject } from '@angular/core';
import { catchError, switchMap, throwError } from 'rxjs';
import { CLOCK } from '../clock';
import { RUNTIME_CONFIG } from '../config/runtime-config';
import { ROAM_TOKEN_HEADER } from './roam-headers-interceptor';
import { WSAPI_SESSION, WsapiSession } from './wsapi-session';
import { isAuthenticationPath, wsapiPath } from './wsapi-url';

/**
 * On a 401 from a WSAPI call made while signed in: one shared refresh, then the request is
 * replayed once with the new token. A 401 for a request sent before the session's last refresh
 * (in this tab or another) is replayed on that session without a refresh of its own. A 401 from
 * /Authentication itself, a 403, or a replay that fails again goes back to the caller. Register
 * it before roamHeadersInterceptor so the replay is stamped again.
 */
export const sessionRefreshInterceptor: HttpInterceptorFn = (req, next) => {
  const path = wsapiPath(req.url, inject(DOCUMENT).baseURI, inject(RUNTIME_CONFIG));
  const session = inject(WSAPI_SESSION);
  if (path === null || isAuthenticationPath(path) || req.headers.has(ROAM_TOKEN_HEADER)) {
    return next(req);
  }
  if (!session.token()) return next(req);
  const clock = inject(CLOCK);
  const sentAt = clock();

  return next(req).pipe(
    catchError((error: unknown) => {
      if (!isUnauthorized(error)) return throwError(() => error);
      return session.refreshAfterUnauthorized(sentAt).pipe(
        switchMap(({ token, sentPut }) => {
          if (!token) return throwError(() => error);
          const replay = next(req);
          return sentPut
            ? replay
            : replay.pipe(catchError(refreshIfRefusedAgain(session, clock())));
        }),
      );
    }),
  );
};

/**
 * For a replay on a refresh made elsewhere: should that session be dead too (revoked since), the
 * replay's 401 gets a refresh of its own, which then ends the session as expired. The replay's
 * error goes back to the caller either way.
 */
function refreshIfRefusedAgain(session: WsapiSession, replayedAt: number) {
  return (replayError: unknown) =>
    isUnauthorized(replayError)
      ? session
          .refreshAfterUnauthorized(replayedAt)
          .pipe(switchMap(() => throwError(() => replayError)))
      : throwError(() => replayError);
}

const isUnauthorized = (error: unknown): error is HttpErrorResponse =>
  error instanceof HttpErrorResponse && error.status === HttpStatusCode.Unauthorized;
