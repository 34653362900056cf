import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { DOCUMENT, inject } from '@angular/core';
import { retry, throwError, timer } from 'rxjs';
import { RUNTIME_CONFIG } from '../config/runtime-config';
import { wsapiPath } from './wsapi-url';

/** Network failures and a busy or restarting server: worth another try for a read. */
const RETRYABLE = new Set([0, 502, 503, 504]);
export const MAX_RETRIES = 3;
const BASE_DELAY_MS = 400;
const MAX_DELAY_MS = 5_000;

/** 400 ms, 800 ms, 1.6 s … (±20 % jitter), or the server's Retry-After when it gives one (≤ 5 s). */
export function retryDelayMs(
  attempt: number,
  error: HttpErrorResponse,
  random = Math.random,
): number {
  const retryAfter = Number(error.headers?.get('Retry-After'));
  if (Number.isFinite(retryAfter) && retryAfter > 0)
    return Math.min(retryAfter * 1000, MAX_DELAY_MS);
  const exponential = BASE_DELAY_MS * 2 ** (attempt - 1);
  return Math.min(exponential * (0.8 + 0.4 * random()), MAX_DELAY_MS);
}

/**
 * Idempotent WSAPI reads (GET, HEAD) are retried with backoff after a network failure or a
 * 502/503/504. Nothing else is ever retried on its own: a POST, PUT or DELETE reaches the
 * server at most once per user action.
 */
export const idempotentRetryInterceptor: HttpInterceptorFn = (req, next) => {
  const idempotent = req.method === 'GET' || req.method === 'HEAD';
  if (
    !idempotent ||
    wsapiPath(req.url, inject(DOCUMENT).baseURI, inject(RUNTIME_CONFIG)) === null
  ) {
    return next(req);
  }
  return next(req).pipe(
    retry({
      count: MAX_RETRIES,
      delay: (error: unknown, attempt) =>
        error instanceof HttpErrorResponse && RETRYABLE.has(error.status)
          ? timer(retryDelayMs(attempt, error))
          : throwError(() => error),
    }),
  );
};
