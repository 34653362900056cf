import { WsapiError } from '../../wsapi/wsapi-error';
import { wsapiErrorMessage } from '../../wsapi/wsapi-error-message';
import { SignOutReason } from '../state/auth.actions';

const DID_NOT_WORK = 'Signing in did not work. Please try again.';

/**
 * What the sign-in page says about a failed sign-in. Locked accounts and a 429 get a live
 * countdown from their Retry-After (`retryAtFor`).
 */
export function signInErrorMessage(error: WsapiError): string {
  return wsapiErrorMessage(error, {
    notFound: DID_NOT_WORK,
    own: {
      'invalid-credentials': () => 'The user name or password is incorrect.',
      locked: ({ retryAfterSeconds }) =>
        retryAfterSeconds === null
          ? null
          : 'Too many failed sign-in attempts: this user name is locked for now.',
      'too-many-requests': ({ retryAfterSeconds }) =>
        `Too many sign-in attempts right now: the server asked to wait ${retryAfterSeconds} seconds.`,
      forbidden: () => DID_NOT_WORK,
      'session-expired': () => DID_NOT_WORK,
      conflict: () => DID_NOT_WORK,
    },
  });
}

/** When a sign-in may be tried again (epoch ms), for the errors that say; null otherwise. */
export function retryAtFor(error: WsapiError, now: number): number | null {
  if (error.kind !== 'locked' && error.kind !== 'too-many-requests') return null;
  return error.retryAfterSeconds === null ? null : now + error.retryAfterSeconds * 1000;
}

export function signOutMessage(reason: SignOutReason): string {
  switch (reason) {
    case 'signed-out':
      return 'You have signed out.';
    case 'idle':
      return 'You were signed out because you were inactive for too long.';
    case 'expired':
      return 'Your session has expired. Please sign in again.';
    case 'other-tab':
      return 'You signed out in another tab.';
  }
}

/** `125` → `2:05`. */
export function formatCountdown(seconds: number): string {
  const whole = Number.isFinite(seconds) ? Math.max(0, Math.ceil(seconds)) : 0;
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}
