import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import {
  PasswordChange,
  SecurityAnswer,
  SecurityQuestionChoices,
  Terms,
} from '../first-login.model';

export const ChangePasswordPageActions = createActionGroup({
  source: 'Change Password Page',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ password: PasswordChange }>(),
  },
});

export const TermsPageActions = createActionGroup({
  source: 'Terms Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
    Accepted: props<{ version: string }>(),
  },
});

export const ChangeEmailPageActions = createActionGroup({
  source: 'Change Email Page',
  events: {
    Opened: emptyProps(),
    Submitted: props<{ primaryEmail: string }>(),
  },
});

export const SecurityQuestionsPageActions = createActionGroup({
  source: 'Security Questions Page',
  events: {
    Opened: emptyProps(),
    'Retry Clicked': emptyProps(),
    Submitted: props<{ answers: readonly SecurityAnswer[] }>(),
  },
});

/**
 * The `/Users` resource's answers for the first-login pages. A completed step is the auth
 * feature's `FirstLoginApiActions.stepCompleted`, so the session's flags change in one place.
 */
export const UsersApiActions = createActionGroup({
  source: 'Users API',
  events: {
    'Terms Loaded': props<{ terms: Terms }>(),
    'Security Questions Loaded': props<{ questions: SecurityQuestionChoices }>(),
    'Load Failed': props<{ error: WsapiError }>(),
    'Step Failed': props<{ error: WsapiError }>(),
  },
});
