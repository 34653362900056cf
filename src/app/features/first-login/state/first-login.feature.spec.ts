import { Action } from '@ngrx/store';
import { FirstLoginApiActions } from '../../../core/auth/state/auth.actions';
import { maskSecrets } from '../../../core/auth/state/devtools-sanitizers';
import {
  ChangeEmailPageActions,
  ChangePasswordPageActions,
  SecurityQuestionsPageActions,
  TermsPageActions,
  UsersApiActions,
} from './first-login.actions';
import { FirstLoginState, firstLoginFeature, initialFirstLoginState } from './first-login.feature';
import { refusal } from '../../../../testing/wsapi-errors';
import { pendingSteps } from '../../../../testing/auth-presets';

const reduce = (...actions: Action[]): FirstLoginState =>
  actions.reduce<FirstLoginState>(
    (state, action) => firstLoginFeature.reducer(state, action),
    initialFirstLoginState,
  );

const NO_FLAGS = pendingSteps();

const passwordSubmitted = ChangePasswordPageActions.submitted({
  password: { current: 'Old-secret-2025', next: 'New-secret-2026' },
});
const answersSubmitted = SecurityQuestionsPageActions.submitted({
  answers: [
    { id: '13', answer: 'first-secret-answer' },
    { id: '15', answer: 'second-secret-answer' },
  ],
});
const SECRETS = [
  'Old-secret-2025',
  'New-secret-2026',
  'first-secret-answer',
  'second-secret-answer',
];

describe('firstLogin feature', () => {
  it('never keeps a password or a security answer, while submitting or after', () => {
    const states = [
      reduce(passwordSubmitted),
      reduce(passwordSubmitted, UsersApiActions.stepFailed({ error: { kind: 'network' } })),
      reduce(answersSubmitted),
      reduce(
        answersSubmitted,
        FirstLoginApiActions.stepCompleted({ accountFlags: NO_FLAGS, primaryEmail: null }),
      ),
    ];
    for (const state of states) {
      const json = JSON.stringify(state);
      for (const secret of SECRETS) expect(json).not.toContain(secret);
    }
    expect(states[0].submitting).toBeTrue();
    expect(states[2].submitting).toBeTrue();
  });

  it('submits carry their secrets under keys the devtools sanitizer masks', () => {
    const json = JSON.stringify([maskSecrets(passwordSubmitted), maskSecrets(answersSubmitted)]);
    for (const secret of SECRETS) expect(json).not.toContain(secret);
  });

  it('keeps a failed submit’s error and stops submitting', () => {
    const error = refusal('current_password', 'The current password is incorrect.');
    const state = reduce(passwordSubmitted, UsersApiActions.stepFailed({ error }));
    expect(state.submitting).toBeFalse();
    expect(state.error).toEqual(error);
  });

  it('clears the error when the user submits again and when a step completes', () => {
    const failed = reduce(
      ChangeEmailPageActions.submitted({ primaryEmail: 'a@example.com' }),
      UsersApiActions.stepFailed({ error: { kind: 'network' } }),
    );
    expect(
      firstLoginFeature.reducer(
        failed,
        ChangeEmailPageActions.submitted({ primaryEmail: 'b@example.com' }),
      ).error,
    ).toBeNull();
    const completed = firstLoginFeature.reducer(
      failed,
      FirstLoginApiActions.stepCompleted({ accountFlags: NO_FLAGS, primaryEmail: 'b@example.com' }),
    );
    expect(completed.error).toBeNull();
    expect(completed.submitting).toBeFalse();
  });

  it('opens every page clean: no error or submit left over from another step', () => {
    const failed = reduce(
      passwordSubmitted,
      UsersApiActions.stepFailed({ error: { kind: 'network' } }),
    );
    for (const opened of [
      ChangePasswordPageActions.opened(),
      ChangeEmailPageActions.opened(),
      TermsPageActions.opened(),
      SecurityQuestionsPageActions.opened(),
    ]) {
      const state = firstLoginFeature.reducer(failed, opened);
      expect(state.error).withContext(opened.type).toBeNull();
      expect(state.submitting).withContext(opened.type).toBeFalse();
    }
  });

  it('loads the terms and the questions, and keeps a load failure', () => {
    const terms = { version: '2026-01', title: 'Terms', text: 'One.\n\nTwo.' };
    expect(reduce(TermsPageActions.opened()).loading).toBeTrue();
    const loaded = reduce(TermsPageActions.opened(), UsersApiActions.termsLoaded({ terms }));
    expect(loaded.loading).toBeFalse();
    expect(loaded.terms).toEqual(terms);

    const questions = { questions: [{ id: '1', question: 'Q?' }], selected: [] };
    expect(
      reduce(
        SecurityQuestionsPageActions.opened(),
        UsersApiActions.securityQuestionsLoaded({ questions }),
      ).questions,
    ).toEqual(questions);

    const failed = reduce(
      TermsPageActions.opened(),
      UsersApiActions.loadFailed({ error: { kind: 'server', status: 500 } }),
    );
    expect(failed.loading).toBeFalse();
    expect(failed.error).toEqual({ kind: 'server', status: 500 });
    expect(firstLoginFeature.reducer(failed, TermsPageActions.retryClicked()).error).toBeNull();
  });
});
