import { Type } from '@angular/core';
import { MockStorePage, createMockStorePage } from '../../../testing/mock-store-page';
import { signedInState } from '../../../testing/auth-presets';
import { AuthState } from '../../core/auth/state/auth.feature';
import { FirstLoginState, initialFirstLoginState } from './state/first-login.feature';

/** The store of a first-login step: `auth` (default: the merchant, signed in) and `firstLogin`. */
export function firstLoginStore(
  firstLogin: Partial<FirstLoginState> = {},
  auth: AuthState = signedInState(),
): { auth: AuthState; firstLogin: FirstLoginState } {
  return { auth, firstLogin: { ...initialFirstLoginState, ...firstLogin } };
}

/** A first-login step page rendered over a MockStore of {@link firstLoginStore}. */
export function createFirstLoginPage<T>(
  page: Type<T>,
  firstLogin: Partial<FirstLoginState> = {},
  auth: AuthState = signedInState(),
): Promise<MockStorePage<T>> {
  return createMockStorePage(page, firstLoginStore(firstLogin, auth));
}
