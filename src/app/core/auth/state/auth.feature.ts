import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { WsapiError } from '../../wsapi/wsapi-error';
import { ConfigKey, readConfig } from '../configuration';
import { pendingFirstLoginSteps } from '../first-login-steps';
import { idleTimeoutMs } from '../session-timing';
import { Account, Session } from '../session.model';
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
  SignOutReason,
} from './auth.actions';

export type AuthStatus = 'restoring' | 'signed-out' | 'signing-in' | 'signed-in';

export interface AuthState {
  readonly status: AuthStatus;
  readonly session: Session | null;
  readonly account: Account | null;
  readonly signInError: WsapiError | null;
  readonly signOutReason: SignOutReason | null;
  /** Set while the idle warning counts down: the instant the session will be ended. */
  readonly idleDeadline: number | null;
}

export const initialAuthState: AuthState = {
  status: 'restoring',
  session: null,
  account: null,
  signInError: null,
  signOutReason: null,
  idleDeadline: null,
};

const signedOut = (reason: SignOutReason) => (): AuthState => ({
  ...initialAuthState,
  status: 'signed-out',
  signOutReason: reason,
});

export const authFeature = createFeature({
  name: 'auth',
  reducer: createReducer(
    initialAuthState,
    on(SessionActions.restored, (_state, { signedIn }): AuthState =>
      signedIn
        ? { ...initialAuthState, status: 'signed-in', ...signedIn }
        : { ...initialAuthState, status: 'signed-out' },
    ),
    on(LoginPageActions.signInSubmitted, (state): AuthState => ({
      ...state,
      status: 'signing-in',
      signInError: null,
      signOutReason: null,
    })),
    on(AuthApiActions.signInSucceeded, (_state, { signedIn }): AuthState => ({
      ...initialAuthState,
      status: 'signed-in',
      ...signedIn,
    })),
    // Another tab's refresh must not close this tab's idle warning.
    on(SessionBusActions.sessionShared, (state, { signedIn }): AuthState => ({
      ...initialAuthState,
      status: 'signed-in',
      ...signedIn,
      idleDeadline: state.status === 'signed-in' ? state.idleDeadline : null,
    })),
    on(AuthApiActions.signInFailed, (state, { error }): AuthState => ({
      ...state,
      status: 'signed-out',
      signInError: error,
    })),
    on(AuthApiActions.refreshSucceeded, (state, { session, account }): AuthState =>
      // A background refresh leaves an idle warning up: only the user can answer it.
      state.status === 'signed-in' ? { ...state, session, account } : state,
    ),
    on(FirstLoginApiActions.stepCompleted, (state, { accountFlags, primaryEmail }): AuthState =>
      state.account
        ? {
            ...state,
            account: {
              ...state.account,
              user: {
                ...state.account.user,
                accountFlags,
                primaryEmail: primaryEmail ?? state.account.user.primaryEmail,
              },
            },
          }
        : state,
    ),
    on(AuthApiActions.configurationRefreshed, (state, { configuration }): AuthState =>
      state.account ? { ...state, account: { ...state.account, configuration } } : state,
    ),
    on(AccountSettingsApiActions.profileUpdated, (state, { changes }): AuthState =>
      state.account
        ? { ...state, account: { ...state.account, user: { ...state.account.user, ...changes } } }
        : state,
    ),
    on(SessionActions.idleWarningStarted, (state, { deadline }): AuthState =>
      state.status === 'signed-in' ? { ...state, idleDeadline: deadline } : state,
    ),
    on(
      IdleWarningActions.staySignedInClicked,
      SessionBusActions.staySignedInElsewhere,
      (state): AuthState => ({ ...state, idleDeadline: null }),
    ),
    on(
      ShellActions.signOutClicked,
      FirstLoginPageActions.signOutClicked,
      IdleWarningActions.signOutClicked,
      signedOut('signed-out'),
    ),
    on(SessionActions.idleTimedOut, signedOut('idle')),
    on(SessionActions.expired, signedOut('expired')),
    on(SessionBusActions.signedOutInAnotherTab, signedOut('other-tab')),
  ),
  extraSelectors: ({ selectStatus, selectSession, selectAccount }) => ({
    selectRestored: createSelector(selectStatus, (status) => status !== 'restoring'),
    selectIsSignedIn: createSelector(selectStatus, (status) => status === 'signed-in'),
    selectSigningIn: createSelector(selectStatus, (status) => status === 'signing-in'),
    selectToken: createSelector(selectSession, (session) => session?.token ?? null),
    selectUser: createSelector(selectAccount, (account) => account?.user ?? null),
    selectConfiguration: createSelector(selectAccount, (account) => account?.configuration ?? null),
    /** The user's locale as a BCP 47 tag (`en_CA` → `en-CA`), for Intl formatting. */
    selectLocale: createSelector(selectAccount, (account) =>
      (account?.user.locale || 'en-US').replace('_', '-'),
    ),
    /** The forced first-login steps still to do, in the order the portal asks for them. */
    selectPendingFirstLoginSteps: createSelector(selectAccount, (account) =>
      account ? pendingFirstLoginSteps(account.user.accountFlags) : [],
    ),
  }),
});

/** A selector for one configuration value, read through the one coercing accessor. */
export const selectConfigValue = <K extends ConfigKey>(key: K) =>
  createSelector(authFeature.selectConfiguration, (configuration) =>
    readConfig(configuration, key),
  );

/** The configured currency (`processing.config.currency`), through the coercing accessor. */
export const selectCurrency = selectConfigValue('processing.config.currency');

/**
 * The idle window of the live session in ms, or null when signed out. Only a change of that
 * number restarts the idle timers: a refreshed configuration or another tab's refresh does not.
 */
export const selectIdleWindow = createSelector(
  authFeature.selectIsSignedIn,
  selectConfigValue('security.session_timeout.mobile'),
  (signedIn, minutes) => (signedIn ? idleTimeoutMs(minutes) : null),
);
