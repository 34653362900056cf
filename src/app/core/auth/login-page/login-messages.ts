import { WsapiError } from '../../wsapi/wsapi-error';
import { SignOutReason } from '../state/auth.actions';

/**
 * What the sign-in page says about a failed sign-in. Locked accounts and a 429 get a live
 * countdown from their Retry-After (`retryAtFor`).
 */
export function signInErrorMessage(error: WsapiError): string {
  switch (error.kind) {
    case 'invalid-credentials':
      return 'The user name or password is incorrect.';
    case 'locked':
      return error.retryAfterSeconds === null
        ? 'This account is locked. Please contact your administrator.'
        : 'Too many failed sign-in attempts: this user name is locked for now.';
    case 'timeout':
      return 'The server took too long to answer. Please try again.';
    case 'network':
      return 'The portal could not reach the server. Check your connection and try again.';
    case 'not-configured':
      return 'This portal has no valid configuration, so it cannot reach the server. Please contact your administrator.';
    case 'invalid-api-key':
      return 'This portal is not configured correctly (its application key was not accepted). Please contact your administrator.';
    case 'too-many-requests':
      return `Too many sign-in attempts right now: the server asked to wait ${error.retryAfterSeconds} seconds.`;
    case 'invalid-request':
      return error.message
        ? `The request was not accepted: ${error.message}`
        : 'The request was not accepted.';
    case 'server':
      return error.status === 503
        ? 'The service is unavailable right now. Please try again in a moment.'
        : `The server had a problem (HTTP ${error.status}). Please try again in a moment.`;
    default:
      return 'Signing in did not work. Please try again.';
  }
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
