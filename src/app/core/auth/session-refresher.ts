import { DestroyRef, Injectable, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import {
  Observable,
  ReplaySubject,
  defer,
  finalize,
  firstValueFrom,
  map,
  of,
  race,
  shareReplay,
  takeUntil,
  timer,
} from 'rxjs';
import { CLOCK } from '../clock';
import { LOCK_MANAGER } from '../cross-tab';
import { toWsapiError } from '../wsapi/wsapi-error';
import { RefreshOutcome } from '../wsapi/wsapi-session';
import { AuthApi } from './auth-api';
import { AuthApiActions, SessionActions } from './state/auth.actions';
import { authFeature } from './state/auth.feature';

const LOCK_NAME = 'mcm-portal.session-refresh';
/**
 * After a refresh, the tab holds a shared lock named for the refreshed session's time, for a
 * while, taken before it lets go of the refresh lock. The next tab granted that lock sees it in
 * `navigator.locks.query()`, which is ordered with the grant, even when the session bus's message
 * with the refreshed session has not reached that tab yet.
 */
export const REFRESHED_MARK = 'mcm-portal.session-refreshed@';
const REFRESHED_MARK_MS = 30_000;

/**
 * The one way a session is refreshed (scheduled, after a 401, or "stay signed in"). Callers in
 * this tab share one PUT; across tabs a Web Lock lets one tab at a time refresh, and a tab that
 * waited adopts the refresh another tab already made (via the session bus) instead of sending
 * its own. Emits the session token afterwards, or null when the refresh did not succeed.
 */
@Injectable({ providedIn: 'root' })
export class SessionRefresher {
  private readonly store = inject(Store);
  private readonly api = inject(AuthApi);
  private readonly now = inject(CLOCK);
  private readonly locks = inject(LOCK_MANAGER);
  private readonly session = this.store.selectSignal(authFeature.selectSession);
  private readonly account = this.store.selectSignal(authFeature.selectAccount);
  private inFlight: Observable<RefreshOutcome> | null = null;
  /**
   * Ends a refresh still in flight when the app goes away, so its Web Lock is released. It replays:
   * a lock granted only after the app went away (it was waiting on another holder) must not send
   * a PUT through a destroyed HttpClient and hold the lock forever.
   */
  private readonly destroyed = new ReplaySubject<void>(1);

  constructor() {
    inject(DestroyRef).onDestroy(() => this.destroyed.next());
  }

  /** A scheduled or requested refresh: skipped only if another tab refreshes meanwhile. */
  refresh(): Observable<string | null> {
    return this.refreshUnlessIssuedAfter(this.now()).pipe(map((outcome) => outcome.token));
  }

  /**
   * After a 401 for a request sent at `sentAt`: when the session has been refreshed since that
   * request left (by this tab or another), the 401 is older than the session and the request is
   * replayed with it, without another PUT. A refresh keeps the token, so its time tells.
   */
  refreshAfterUnauthorized(sentAt: number): Observable<RefreshOutcome> {
    const session = this.session();
    if (session && session.issuedAt > sentAt) return of({ token: session.token, sentPut: false });
    return this.refreshUnlessIssuedAfter(sentAt);
  }

  private refreshUnlessIssuedAfter(requestedAt: number): Observable<RefreshOutcome> {
    this.inFlight ??= defer(() => this.refreshOnce(requestedAt)).pipe(
      finalize(() => (this.inFlight = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.inFlight;
  }

  private async refreshOnce(requestedAt: number): Promise<RefreshOutcome> {
    const locks = this.locks;
    if (!locks) return this.putUnlessAlreadyRefreshed(requestedAt, null);
    return await locks.request(LOCK_NAME, () => this.putUnlessAlreadyRefreshed(requestedAt, locks));
  }

  private async putUnlessAlreadyRefreshed(
    requestedAt: number,
    locks: LockManager | null,
  ): Promise<RefreshOutcome> {
    const session = this.session();
    const account = this.account();
    if (!session || !account) return { token: null, sentPut: false };
    if (session.issuedAt > requestedAt) return { token: session.token, sentPut: false };
    // Another tab refreshed since: a refresh keeps the token, and its new expiry comes by the bus.
    if (locks && (await lastRefreshMarked(locks)) > requestedAt) {
      return { token: session.token, sentPut: false };
    }
    try {
      const refreshed = await firstValueFrom(
        this.api.refresh(session.token, account).pipe(takeUntil(this.destroyed)),
        { defaultValue: null },
      );
      if (!refreshed) return { token: null, sentPut: true };
      this.store.dispatch(AuthApiActions.refreshSucceeded(refreshed));
      if (locks) await this.markRefreshed(locks, refreshed.session.issuedAt);
      return { token: refreshed.session.token, sentPut: true };
    } catch (failure: unknown) {
      const error = toWsapiError(failure);
      if (error.kind === 'session-expired') this.store.dispatch(SessionActions.expired());
      else this.store.dispatch(AuthApiActions.refreshFailed({ error }));
      return { token: null, sentPut: true };
    }
  }

  /** Resolves once the mark is held; lets go of it after a while or when the app goes away. */
  private async markRefreshed(locks: LockManager, issuedAt: number): Promise<void> {
    const released = firstValueFrom(race(timer(REFRESHED_MARK_MS), this.destroyed), {
      defaultValue: undefined,
    });
    await new Promise<void>((granted) => {
      locks
        .request(`${REFRESHED_MARK}${issuedAt}`, { mode: 'shared' }, () => {
          granted();
          return released;
        })
        .catch(() => granted());
    });
  }
}

/** The time of the latest refresh any tab has marked (0 when none or when it cannot tell). */
async function lastRefreshMarked(locks: LockManager): Promise<number> {
  try {
    const { held = [] } = await locks.query();
    return Math.max(
      0,
      ...held
        .map((lock) => lock.name ?? '')
        .filter((name) => name.startsWith(REFRESHED_MARK))
        .map((name) => Number(name.slice(REFRESHED_MARK.length)) || 0),
    );
  } catch {
    return 0;
  }
}
