import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, map, of, switchMap, tap } from 'rxjs';
import { FirstLoginApiActions } from '../../../core/auth/state/auth.actions';
import { toWsapiError } from '../../../core/wsapi/wsapi-error';
import { FirstLoginApi } from '../first-login-api';
import {
  ChangeEmailPageActions,
  ChangePasswordPageActions,
  SecurityQuestionsPageActions,
  TermsPageActions,
  UsersApiActions,
} from './first-login.actions';

const stepFailed = (error: unknown) =>
  of(UsersApiActions.stepFailed({ error: toWsapiError(error) }));
const loadFailed = (error: unknown) =>
  of(UsersApiActions.loadFailed({ error: toWsapiError(error) }));

export const loadTerms$ = createEffect(
  (actions$ = inject(Actions), api = inject(FirstLoginApi)) => {
    return actions$.pipe(
      ofType(TermsPageActions.opened, TermsPageActions.retryClicked),
      switchMap(() =>
        api.terms().pipe(
          map((terms) => UsersApiActions.termsLoaded({ terms })),
          catchError(loadFailed),
        ),
      ),
    );
  },
  { functional: true },
);

export const loadSecurityQuestions$ = createEffect(
  (actions$ = inject(Actions), api = inject(FirstLoginApi)) => {
    return actions$.pipe(
      ofType(SecurityQuestionsPageActions.opened, SecurityQuestionsPageActions.retryClicked),
      switchMap(() =>
        api.securityQuestions().pipe(
          map((questions) => UsersApiActions.securityQuestionsLoaded({ questions })),
          catchError(loadFailed),
        ),
      ),
    );
  },
  { functional: true },
);

export const changePassword$ = createEffect(
  (actions$ = inject(Actions), api = inject(FirstLoginApi)) => {
    return actions$.pipe(
      ofType(ChangePasswordPageActions.submitted),
      exhaustMap(({ password }) =>
        api.changePassword(password).pipe(
          map((accountFlags) =>
            FirstLoginApiActions.stepCompleted({ accountFlags, primaryEmail: null }),
          ),
          catchError(stepFailed),
        ),
      ),
    );
  },
  { functional: true },
);

export const acceptTerms$ = createEffect(
  (actions$ = inject(Actions), api = inject(FirstLoginApi)) => {
    return actions$.pipe(
      ofType(TermsPageActions.accepted),
      exhaustMap(({ version }) =>
        api.acceptTerms(version).pipe(
          map((accountFlags) =>
            FirstLoginApiActions.stepCompleted({ accountFlags, primaryEmail: null }),
          ),
          catchError(stepFailed),
        ),
      ),
    );
  },
  { functional: true },
);

export const changeEmail$ = createEffect(
  (actions$ = inject(Actions), api = inject(FirstLoginApi)) => {
    return actions$.pipe(
      ofType(ChangeEmailPageActions.submitted),
      exhaustMap(({ primaryEmail }) =>
        api.changeEmail(primaryEmail).pipe(
          map((changed) => FirstLoginApiActions.stepCompleted(changed)),
          catchError(stepFailed),
        ),
      ),
    );
  },
  { functional: true },
);

export const changeSecurityQuestions$ = createEffect(
  (actions$ = inject(Actions), api = inject(FirstLoginApi)) => {
    return actions$.pipe(
      ofType(SecurityQuestionsPageActions.submitted),
      exhaustMap(({ answers }) =>
        api.changeSecurityQuestions(answers).pipe(
          map((accountFlags) =>
            FirstLoginApiActions.stepCompleted({ accountFlags, primaryEmail: null }),
          ),
          catchError(stepFailed),
        ),
      ),
    );
  },
  { functional: true },
);

/**
 * After a step, back to `/first-login` with the same `returnUrl`: its guard sends the user to
 * the next pending step, or (all done) to where they were going.
 */
export const continueAfterStep$ = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(FirstLoginApiActions.stepCompleted),
      tap(() => {
        const returnUrl = router.parseUrl(router.url).queryParamMap.get('returnUrl');
        void router.navigateByUrl(
          router.createUrlTree(['/first-login'], {
            queryParams: returnUrl ? { returnUrl } : {},
          }),
          { replaceUrl: true },
        );
      }),
    );
  },
  { functional: true, dispatch: false },
);
