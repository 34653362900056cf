import { createFeature, createReducer, on } from '@ngrx/store';
import { FirstLoginApiActions } from '../../../core/auth/state/auth.actions';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { SecurityQuestionChoices, Terms } from '../first-login.model';
import {
  ChangeEmailPageActions,
  ChangePasswordPageActions,
  SecurityQuestionsPageActions,
  TermsPageActions,
  UsersApiActions,
} from './first-login.actions';

/** What the first-login pages show. Never a password or a security answer. */
export interface FirstLoginState {
  readonly loading: boolean;
  readonly submitting: boolean;
  readonly error: WsapiError | null;
  readonly terms: Terms | null;
  readonly questions: SecurityQuestionChoices | null;
}

export const initialFirstLoginState: FirstLoginState = {
  loading: false,
  submitting: false,
  error: null,
  terms: null,
  questions: null,
};

export const firstLoginFeature = createFeature({
  name: 'firstLogin',
  reducer: createReducer(
    initialFirstLoginState,
    // A page starts clean: no error or pending submit left over from another step.
    on(
      ChangePasswordPageActions.opened,
      ChangeEmailPageActions.opened,
      (state): FirstLoginState => ({ ...state, submitting: false, error: null }),
    ),
    on(
      TermsPageActions.opened,
      TermsPageActions.retryClicked,
      SecurityQuestionsPageActions.opened,
      SecurityQuestionsPageActions.retryClicked,
      (state): FirstLoginState => ({ ...state, loading: true, submitting: false, error: null }),
    ),
    on(UsersApiActions.termsLoaded, (state, { terms }): FirstLoginState => ({
      ...state,
      loading: false,
      terms,
    })),
    on(UsersApiActions.securityQuestionsLoaded, (state, { questions }): FirstLoginState => ({
      ...state,
      loading: false,
      questions,
    })),
    on(UsersApiActions.loadFailed, (state, { error }): FirstLoginState => ({
      ...state,
      loading: false,
      error,
    })),
    // The payloads of these carry secrets: only the fact of a submit is kept.
    on(
      ChangePasswordPageActions.submitted,
      TermsPageActions.accepted,
      ChangeEmailPageActions.submitted,
      SecurityQuestionsPageActions.submitted,
      (state): FirstLoginState => ({ ...state, submitting: true, error: null }),
    ),
    on(FirstLoginApiActions.stepCompleted, (state): FirstLoginState => ({
      ...state,
      submitting: false,
      error: null,
    })),
    on(UsersApiActions.stepFailed, (state, { error }): FirstLoginState => ({
      ...state,
      submitting: false,
      error,
    })),
  ),
});
