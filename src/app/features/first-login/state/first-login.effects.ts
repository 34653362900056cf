import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { Action, ActionCreator } from '@ngrx/store';
import { Observable, exhaustMap, map, switchMap, tap } from 'rxjs';
import { AccountFlags } from '../../../core/auth/session.model';
import { FirstLoginApiActions } from '../../../core/auth/state/auth.actions';
import { answerAs } from '../../../core/wsapi/answer-as';
import { FirstLoginApi } from '../first-login-api';
import {
  ChangeEmailPageActions,
  ChangePasswordPageActions,
  SecurityQuestionsPageActions,
  TermsPageActions,
  UsersApiActions,
} from './first-login.actions';

/** What completing a step tells the session: the new flags, and the new email if it changed. */
type StepCompletion = Parameters<typeof FirstLoginApiActions.stepCompleted>[0];

/** A step page's data, asked for when it opens and on "Try again"; the newest ask wins. */
function loadOn<T>(
  asked: readonly [ActionCreator, ...ActionCreator[]],
  load: (api: FirstLoginApi) => Observable<T>,
  loaded: (answer: T) => Action,
) {
  return createEffect(
    (actions$ = inject(Actions), api = inject(FirstLoginApi)) => {
      return actions$.pipe(
        ofType(...asked),
        switchMap(() => load(api).pipe(answerAs(loaded, UsersApiActions.loadFailed))),
      );
    },
    { functional: true },
  );
}

/** The new account flags after a step that does not change the email address. */
const flagsOnly = map((accountFlags: AccountFlags) => ({ accountFlags, primaryEmail: null }));

/**
 * A step page's submission, sent to the server once at a time (a second submit while one is
 * under way is ignored); its answer completes the step, or fails it.
 */
function submitStep<C extends ActionCreator>(
  submitted: C,
  send: (api: FirstLoginApi, action: ReturnType<C>) => Observable<StepCompletion>,
) {
  return createEffect(
    (actions$ = inject(Actions), api = inject(FirstLoginApi)) => {
      return actions$.pipe(
        ofType(submitted),
        exhaustMap((action) =>
          send(api, action as ReturnType<C>).pipe(
            answerAs(FirstLoginApiActions.stepCompleted, UsersApiActions.stepFailed),
          ),
        ),
      );
    },
    { functional: true },
  );
}

export const loadTerms$ = loadOn(
  [TermsPageActions.opened, TermsPageActions.retryClicked],
  (api) => api.terms(),
  (terms) => UsersApiActions.termsLoaded({ terms }),
);

export const loadSecurityQuestions$ = loadOn(
  [SecurityQuestionsPageActions.opened, SecurityQuestionsPageActions.retryClicked],
  (api) => api.securityQuestions(),
  (questions) => UsersApiActions.securityQuestionsLoaded({ questions }),
);

export const changePassword$ = submitStep(
  ChangePasswordPageActions.submitted,
  (api, { password }) => api.changePassword(password).pipe(flagsOnly),
);

export const acceptTerms$ = submitStep(TermsPageActions.accepted, (api, { version }) =>
  api.acceptTerms(version).pipe(flagsOnly),
);

export const changeEmail$ = submitStep(ChangeEmailPageActions.submitted, (api, { primaryEmail }) =>
  api.changeEmail(primaryEmail),
);

export const changeSecurityQuestions$ = submitStep(
  SecurityQuestionsPageActions.submitted,
  (api, { answers }) => api.changeSecurityQuestions(answers).pipe(flagsOnly),
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
