import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { WsapiError } from '../../wsapi/wsapi-error';
import { Configuration } from '../configuration';
import { Account, AccountFlags, Session, SignedIn, UserProfile } from '../session.model';

/** Why a session ended, as the sign-in page explains it. */
export type SignOutReason = 'signed-out' | 'idle' | 'expired' | 'other-tab';

export interface Credentials {
  readonly userName: string;
  /** Goes to the WSAPI and nowhere else: never into state, storage, logs or devtools. */
  readonly password: string;
}

export const LoginPageActions = createActionGroup({
  source: 'Login Page',
  events: {
    'Sign In Submitted': props<{ credentials: Credentials; returnUrl: string | null }>(),
  },
});

export const AuthApiActions = createActionGroup({
  source: 'Auth API',
  events: {
    'Sign In Succeeded': props<{ signedIn: SignedIn; returnUrl: string | null }>(),
    'Sign In Failed': props<{ error: WsapiError }>(),
    'Refresh Succeeded': props<{ session: Session; account: Account }>(),
    'Refresh Failed': props<{ error: WsapiError }>(),
    /** The configuration read after a refresh (the refresh response carries none). */
    'Configuration Refreshed': props<{ configuration: Configuration }>(),
  },
});

export const SessionActions = createActionGroup({
  source: 'Session',
  events: {
    /** Boot: the session from this tab's storage or from another tab, or none. */
    Restored: props<{ signedIn: SignedIn | null }>(),
    /** The server no longer accepts the session (401 on refresh) or its expiry passed. */
    Expired: emptyProps(),
    'Idle Warning Started': props<{ deadline: number }>(),
    'Idle Timed Out': emptyProps(),
  },
});

export const SessionBusActions = createActionGroup({
  source: 'Session Bus',
  events: {
    /** Another tab signed in or refreshed: this tab adopts that session. */
    'Session Shared': props<{ signedIn: SignedIn }>(),
    'Signed Out In Another Tab': emptyProps(),
    /** The user answered "Stay signed in" in another tab. */
    'Stay Signed In Elsewhere': props<{ at: number }>(),
  },
});

export const IdleWarningActions = createActionGroup({
  source: 'Idle Warning',
  events: {
    'Stay Signed In Clicked': emptyProps(),
    'Sign Out Clicked': emptyProps(),
  },
});

/** The signed-in layout's user menu. */
export const ShellActions = createActionGroup({
  source: 'Shell',
  events: {
    'Sign Out Clicked': emptyProps(),
  },
});

/** The forced first-login pages, where signing out is the only other way out. */
export const FirstLoginPageActions = createActionGroup({
  source: 'First Login Page',
  events: {
    'Sign Out Clicked': emptyProps(),
  },
});

/** The forced first-login flows (`user.account_flags`): the server's answer after each step. */
export const FirstLoginApiActions = createActionGroup({
  source: 'First Login API',
  events: {
    'Step Completed': props<{ accountFlags: AccountFlags; primaryEmail: string | null }>(),
  },
});

/** Fields of the profile a user may change from account settings (the server said yes). */
export type ProfileChanges = Partial<
  Pick<
    UserProfile,
    'title' | 'firstName' | 'middleNameInitial' | 'lastName' | 'primaryEmail' | 'locale'
  >
>;

export const AccountSettingsApiActions = createActionGroup({
  source: 'Account Settings API',
  events: {
    'Profile Updated': props<{ changes: ProfileChanges }>(),
  },
});
