import { Provider } from '@angular/core';
import { provideMockStore } from '@ngrx/store/testing';
import { Configuration } from '../app/core/auth/configuration';
import { AccountFlags, SignedIn, UserProfile, toSignedIn } from '../app/core/auth/session.model';
import { AuthState, initialAuthState } from '../app/core/auth/state/auth.feature';
import { SignOutReason } from '../app/core/auth/state/auth.actions';
import { FAKE_TIME_START } from './fake-time';
import { loginResponseFixture } from './fixtures/login-response';

/** The vendor seed's account (every feature on), signed in at FAKE_TIME_START for 15 minutes. */
export function merchantSignedIn(options: PresetOptions = {}): SignedIn {
  const at = options.at ?? FAKE_TIME_START;
  const base = toSignedIn(loginResponseFixture, at, null);
  return {
    session: {
      token: 'MCM6-test-token',
      issuedAt: at,
      expiresAt: at + 15 * 60_000,
      ...options.session,
    },
    account: {
      ...base.account,
      user: { ...base.account.user, ...options.user },
      configuration: { ...base.account.configuration, ...options.configuration },
    },
  };
}

/** Account flags with only the first-login steps in `pending` required (none, by default). */
export function pendingSteps(pending: Partial<AccountFlags> = {}): AccountFlags {
  return {
    changePasswordRequired: false,
    acceptTermsAndConditionsRequired: false,
    changeEmailRequired: false,
    changeSecurityQuestionsRequired: false,
    ...pending,
  };
}

export interface PresetOptions {
  readonly at?: number;
  readonly session?: Partial<SignedIn['session']>;
  readonly user?: Partial<UserProfile>;
  /** Flags to override, e.g. `{ 'component.access.virtual_terminal': false }`. */
  readonly configuration?: Configuration;
}

/** The seed's configuration with the `clerk` demo user's restrictions. */
export const clerkConfiguration: Configuration = {
  'component.access.virtual_terminal': false,
  'component.access.inventory_management': false,
  'processing.permissions.refund': false,
  'processing.permissions.void': false,
};

export function signedInState(options: PresetOptions = {}): AuthState {
  return { ...initialAuthState, status: 'signed-in', ...merchantSignedIn(options) };
}

export function signedOutState(reason: SignOutReason | null = null): AuthState {
  return { ...initialAuthState, status: 'signed-out', signOutReason: reason };
}

/** A MockStore whose auth slice is `auth` (default: the merchant, signed in). */
export function provideAuthState(auth: AuthState = signedInState()): Provider[] {
  return [provideMockStore({ initialState: { auth } })];
}
