import { InjectionToken, Signal, signal } from '@angular/core';
import { Observable, of } from 'rxjs';

/**
 * What the HTTP edge needs from the session, without importing core/auth (dependencies point
 * one way: auth → wsapi). core/auth provides the real implementation.
 */
export interface WsapiSession {
  /** The current session token, or null when signed out. */
  readonly token: Signal<string | null>;
  /**
   * Refreshes the session after a 401 for a request sent at `sentAt` (epoch ms, the CLOCK).
   * Every caller during one refresh shares it; a request sent before the session's last refresh
   * gets the refreshed session without another PUT.
   */
  refreshAfterUnauthorized(sentAt: number): Observable<RefreshOutcome>;
}

/** What a refresh after a 401 came to. */
export interface RefreshOutcome {
  /**
   * The token to replay with, or null when the refresh failed (the session has then been ended
   * as `expired`, or the refresh could not be made).
   */
  readonly token: string | null;
  /** False when no PUT was made for it: a refresh made since the request left was adopted. */
  readonly sentPut: boolean;
}

export const WSAPI_SESSION = new InjectionToken<WsapiSession>('WSAPI_SESSION', {
  providedIn: 'root',
  factory: () => ({
    token: signal(null).asReadonly(),
    refreshAfterUnauthorized: () => of({ token: null, sentPut: false }),
  }),
});
