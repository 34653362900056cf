import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Store } from '@ngrx/store';
import { filter, map, tap } from 'rxjs';
import { ActivityMonitor } from '../activity-monitor';
import { SessionBus } from '../session-bus';
import { SessionStorage } from '../session-storage';
import { SignedInTabPresence } from '../signed-in-tab-presence';
import { SessionBusActions } from './auth.actions';
import { authFeature } from './auth.feature';

/** Another tab signed in or refreshed: adopt its session (the newest one wins). */
export const adoptSharedSession$ = createEffect(
  (bus = inject(SessionBus)) => {
    return bus
      .of('session')
      .pipe(map(({ signedIn }) => SessionBusActions.sessionShared({ signedIn })));
  },
  { functional: true },
);

/** Another tab signed out: so does this one. */
export const signedOutElsewhere$ = createEffect(
  (bus = inject(SessionBus), store = inject(Store)) => {
    const signedIn = store.selectSignal(authFeature.selectIsSignedIn);
    return bus.of('signed-out').pipe(
      filter(() => signedIn()),
      map(() => SessionBusActions.signedOutInAnotherTab()),
    );
  },
  { functional: true },
);

export const leaveAfterSignedOutElsewhere$ = createEffect(
  (actions$ = inject(Actions), storage = inject(SessionStorage), router = inject(Router)) => {
    return actions$.pipe(
      ofType(SessionBusActions.signedOutInAnotherTab),
      tap(() => {
        storage.clear();
        void router.navigateByUrl('/login');
      }),
    );
  },
  { functional: true, dispatch: false },
);

/** A tab that has just opened asks for the live session: a signed-in tab answers. */
export const answerSessionWanted$ = createEffect(
  (bus = inject(SessionBus), store = inject(Store)) => {
    const session = store.selectSignal(authFeature.selectSession);
    const account = store.selectSignal(authFeature.selectAccount);
    return bus.of('session-wanted').pipe(
      tap(() => {
        const current = session();
        const profile = account();
        if (current && profile)
          bus.post({ type: 'session', signedIn: { session: current, account: profile } });
      }),
    );
  },
  { functional: true, dispatch: false },
);

/** Activity in another tab keeps this tab's session from idling out. */
export const activityElsewhere$ = createEffect(
  (bus = inject(SessionBus), activity = inject(ActivityMonitor)) => {
    return bus.of('activity').pipe(
      filter((message) => !message.confirmed),
      tap(({ at }) => activity.record(at, 'other-tab')),
    );
  },
  { functional: true, dispatch: false },
);

/** "Stay signed in" answered in another tab closes this tab's warning too. */
export const staySignedInElsewhere$ = createEffect(
  (bus = inject(SessionBus)) => {
    return bus.of('activity').pipe(
      filter((message) => message.confirmed === true),
      map(({ at }) => SessionBusActions.staySignedInElsewhere({ at })),
    );
  },
  { functional: true },
);

export const recordStayElsewhere$ = createEffect(
  (actions$ = inject(Actions), activity = inject(ActivityMonitor)) => {
    return actions$.pipe(
      ofType(SessionBusActions.staySignedInElsewhere),
      tap(({ at }) => activity.record(at, 'confirmed-elsewhere')),
    );
  },
  { functional: true, dispatch: false },
);

/** While this tab is signed in it says so (a shared Web Lock), so new tabs know to ask. */
export const announcePresence$ = createEffect(
  (store = inject(Store), presence = inject(SignedInTabPresence)) => {
    return store
      .select(authFeature.selectIsSignedIn)
      .pipe(tap((signedIn) => (signedIn ? presence.hold() : presence.drop())));
  },
  { functional: true, dispatch: false },
);
