import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Action, ActionCreator, Store } from '@ngrx/store';
import {
  EMPTY,
  Observable,
  catchError,
  exhaustMap,
  filter,
  map,
  mergeMap,
  of,
  switchMap,
  tap,
  timeout,
} from 'rxjs';
import { toWsapiError } from '../../wsapi/wsapi-error';
import { AuthApi } from '../auth-api';
import { safeReturnUrl } from '../return-url';
import { SessionBus } from '../session-bus';
import { SessionStorage } from '../session-storage';
import { Account, Session, SignedIn } from '../session.model';
import {
  AccountSettingsApiActions,
  AuthApiActions,
  FirstLoginPageActions,
  FirstLoginApiActions,
  IdleWarningActions,
  LoginPageActions,
  SessionActions,
  SessionBusActions,
  ShellActions,
} from './auth.actions';
import { authFeature } from './auth.feature';

/** A DELETE that hangs must not hold anything up: the session is already gone locally. */
const SIGN_OUT_TIMEOUT_MS = 10_000;

export const signIn$ = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(LoginPageActions.signInSubmitted),
      exhaustMap(({ credentials, returnUrl }) =>
        api.signIn(credentials).pipe(
          map((signedIn) => AuthApiActions.signInSucceeded({ signedIn, returnUrl })),
          catchError((error: unknown) =>
            of(AuthApiActions.signInFailed({ error: toWsapiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const navigateAfterSignIn$ = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(AuthApiActions.signInSucceeded),
      tap(
        ({ returnUrl }) =>
          void router.navigateByUrl(safeReturnUrl(returnUrl), { replaceUrl: true }),
      ),
    );
  },
  { functional: true, dispatch: false },
);

/** The actions by which this tab itself changes the live session. */
const SESSION_CHANGED_HERE = [
  AuthApiActions.signInSucceeded,
  AuthApiActions.refreshSucceeded,
  AuthApiActions.configurationRefreshed,
  FirstLoginApiActions.stepCompleted,
  AccountSettingsApiActions.profileUpdated,
] as const;

/** The live session (when there is one) after each action of `changes`. */
function sessionAfter(
  actions$: Actions,
  store: Store,
  changes: readonly ActionCreator[],
): Observable<SignedIn> {
  return actions$.pipe(
    ofType(...changes),
    concatLatestFrom(() => [
      store.select(authFeature.selectSession),
      store.select(authFeature.selectAccount),
    ]),
    filter(
      (latest): latest is [Action, Session, Account] => latest[1] !== null && latest[2] !== null,
    ),
    map(([, session, account]) => ({ session, account })),
  );
}

/** Every change of the live session is saved in this tab's sessionStorage. */
export const persistSession$ = createEffect(
  (actions$ = inject(Actions), store = inject(Store), storage = inject(SessionStorage)) => {
    return sessionAfter(actions$, store, [
      ...SESSION_CHANGED_HERE,
      SessionBusActions.sessionShared,
      SessionActions.restored,
    ]).pipe(tap((signedIn) => storage.write(signedIn)));
  },
  { functional: true, dispatch: false },
);

/** This tab's sign-ins and refreshes are offered to the other tabs. */
export const shareSession$ = createEffect(
  (actions$ = inject(Actions), store = inject(Store), bus = inject(SessionBus)) => {
    return sessionAfter(actions$, store, SESSION_CHANGED_HERE).pipe(
      tap((signedIn) => bus.post({ type: 'session', signedIn })),
    );
  },
  { functional: true, dispatch: false },
);

/**
 * Every way out of a session in this tab: storage is cleared and the other tabs told at once,
 * then the server is asked to kill the token (unless it already refused it). A failing DELETE
 * changes nothing for the user.
 */
export const signOut$ = createEffect(
  (
    actions$ = inject(Actions),
    api = inject(AuthApi),
    storage = inject(SessionStorage),
    bus = inject(SessionBus),
    router = inject(Router),
  ) => {
    return actions$.pipe(
      ofType(
        ShellActions.signOutClicked,
        FirstLoginPageActions.signOutClicked,
        IdleWarningActions.signOutClicked,
        SessionActions.idleTimedOut,
        SessionActions.expired,
      ),
      mergeMap((action) => {
        const token = storage.read()?.session.token ?? null;
        const deliberate =
          action.type !== SessionActions.expired.type &&
          action.type !== SessionActions.idleTimedOut.type;
        storage.clear();
        bus.post({ type: 'signed-out' });
        const returnUrl = deliberate ? null : router.url;
        void router.navigateByUrl(
          router.createUrlTree(['/login'], {
            queryParams: returnUrl && returnUrl !== '/login' ? { returnUrl } : {},
          }),
        );
        const serverStillAccepts = action.type !== SessionActions.expired.type;
        if (!token || !serverStillAccepts) return EMPTY;
        return api.signOut(token).pipe(
          timeout(SIGN_OUT_TIMEOUT_MS),
          filter(() => false),
          catchError(() => EMPTY),
        );
      }),
    );
  },
  { functional: true, dispatch: false },
);

/**
 * The refresh response carries no configuration: after each refresh the current one is read,
 * so a flag an administrator changed takes effect (nav, directives) without a sign-out. A failed
 * read keeps the configuration from before.
 */
export const refreshConfiguration$ = createEffect(
  (actions$ = inject(Actions), api = inject(AuthApi)) => {
    return actions$.pipe(
      ofType(AuthApiActions.refreshSucceeded),
      switchMap(() =>
        api.configuration().pipe(
          map((configuration) => AuthApiActions.configurationRefreshed({ configuration })),
          catchError(() => EMPTY),
        ),
      ),
    );
  },
  { functional: true },
);

/** The page on screen is checked again against the new configuration (its guard runs again). */
export const recheckCurrentPage$ = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(AuthApiActions.configurationRefreshed),
      tap(() => void router.navigateByUrl(router.url, { onSameUrlNavigation: 'reload' })),
    );
  },
  { functional: true, dispatch: false },
);
