import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import {
  concat,
  EMPTY,
  exhaustMap,
  filter,
  map,
  of,
  pairwise,
  startWith,
  switchMap,
  tap,
  timer,
} from 'rxjs';
import { CLOCK } from '../../clock';
import { ActivityMonitor } from '../activity-monitor';
import { SessionRefresher } from '../session-refresher';
import { IdleWarningActions, SessionActions } from './auth.actions';
import { authFeature, selectIdleWindow } from './auth.feature';
import { IDLE_WARNING_MS, REFRESH_RETRY_MS, refreshDueAt } from '../session-timing';

/**
 * Refreshes before expiry, but only when the user did something since the session was last
 * extended, so an idle session really ends.
 */
export const scheduleRefresh$ = createEffect(
  (
    store = inject(Store),
    refresher = inject(SessionRefresher),
    activity = inject(ActivityMonitor),
    now = inject(CLOCK),
  ) => {
    return store.select(authFeature.selectSession).pipe(
      switchMap((session) =>
        session
          ? timer(Math.max(0, refreshDueAt(session) - now()), REFRESH_RETRY_MS).pipe(
              filter(() => activity.lastActivityAt > session.issuedAt),
              exhaustMap(() => refresher.refresh()),
            )
          : EMPTY,
      ),
    );
  },
  { functional: true, dispatch: false },
);

/** The server ends the session at its expiry: so does the portal, whatever the timers did. */
export const expireSession$ = createEffect(
  (store = inject(Store), now = inject(CLOCK)) => {
    return store
      .select(authFeature.selectSession)
      .pipe(
        switchMap((session) =>
          session
            ? timer(Math.max(0, session.expiresAt - now())).pipe(
                map(() => SessionActions.expired()),
              )
            : EMPTY,
        ),
      );
  },
  { functional: true },
);

/**
 * Idle timeout from `security.session_timeout.mobile`: a warning for the last minute, then the
 * session ends. While the warning shows, only "Stay signed in" counts as activity.
 */
export const idleTimeout$ = createEffect(
  (store = inject(Store), activity = inject(ActivityMonitor), now = inject(CLOCK)) => {
    const warning = store.selectSignal(authFeature.selectIdleDeadline);
    return store.select(selectIdleWindow).pipe(
      startWith(null),
      pairwise(),
      switchMap(([before, timeoutMs]) => {
        if (timeoutMs === null) return EMPTY;
        activity.start();
        // A session that begins here (sign-in, restore, adoption) is activity: the clock starts.
        if (before === null) activity.record();
        return activity.activity$.pipe(
          filter(() => warning() === null),
          startWith(activity.lastActivityAt),
          switchMap((last) => {
            const deadline = last + timeoutMs;
            return timer(Math.max(0, deadline - IDLE_WARNING_MS - now())).pipe(
              switchMap(() =>
                concat(
                  of(SessionActions.idleWarningStarted({ deadline })),
                  timer(Math.max(0, deadline - now())).pipe(
                    map(() => SessionActions.idleTimedOut()),
                  ),
                ),
              ),
            );
          }),
        );
      }),
    );
  },
  { functional: true },
);

/** "Stay signed in" is activity, and extends the session on the server at once. */
export const staySignedIn$ = createEffect(
  (
    actions$ = inject(Actions),
    activity = inject(ActivityMonitor),
    refresher = inject(SessionRefresher),
  ) => {
    return actions$.pipe(
      ofType(IdleWarningActions.staySignedInClicked),
      tap(() => activity.record(undefined, 'confirmed')),
      exhaustMap(() => refresher.refresh()),
    );
  },
  { functional: true, dispatch: false },
);
