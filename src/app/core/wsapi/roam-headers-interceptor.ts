import { HttpInterceptorFn } from '@angular/common/http';
import { DOCUMENT, inject } from '@angular/core';
import { CLIENT_VERSION } from '../config/client-version';
import { RUNTIME_CONFIG } from '../config/runtime-config';
import { WSAPI_SESSION } from './wsapi-session';
import { isAuthenticationPath, wsapiPath } from './wsapi-url';

export const ROAM_TOKEN_HEADER = 'X-Roam-Token';

/**
 * Stamps the Roam headers on requests to the configured WSAPI, and on nothing else. The token
 * goes along while signed in, except on sign-in itself; a token the caller set explicitly (the
 * refresh and sign-out calls) is left as it is.
 */
export const roamHeadersInterceptor: HttpInterceptorFn = (req, next) => {
  const config = inject(RUNTIME_CONFIG);
  const path = wsapiPath(req.url, inject(DOCUMENT).baseURI, config);
  if (!config || path === null) return next(req);

  const signIn = req.method === 'POST' && isAuthenticationPath(path);
  const token = signIn ? null : inject(WSAPI_SESSION).token();
  let headers = req.headers
    .set('X-Roam-Key', config.applicationKey)
    .set('X-Roam-ApiVersion', config.apiVersion)
    .set('X-Roam-ClientVersion', CLIENT_VERSION)
    .set('Content-Type', 'application/json');
  if (signIn) headers = headers.delete(ROAM_TOKEN_HEADER);
  else if (token && !headers.has(ROAM_TOKEN_HEADER))
    headers = headers.set(ROAM_TOKEN_HEADER, token);
  return next(req.clone({ headers }));
};
