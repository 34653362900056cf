import { WsapiError } from './wsapi-error';

/** `45` → `45 seconds`, `120` → `2 minutes`, `90` → `2 minutes` (rounded up). */
export function waitText(seconds: number): string {
  const whole = Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : 1;
  if (whole < 60) return whole === 1 ? '1 second' : `${whole} seconds`;
  const minutes = Math.ceil(whole / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/**
 * What a self-service form (first-login steps, account settings) says when loading or saving
 * failed. `notFound` names what the server does not offer ("this step", "this setting").
 */
export function selfServiceErrorMessage(error: WsapiError, notFound: string): string {
  switch (error.kind) {
    case 'invalid-request':
      return error.message
        ? `The change was not accepted: ${error.message}`
        : 'The change was not accepted. Check the form and try again.';
    case 'locked':
      return error.retryAfterSeconds === null
        ? 'This account is locked. Please contact your administrator.'
        : `Too many wrong current passwords: changing the password is locked for now. Try again in ${waitText(error.retryAfterSeconds)}.`;
    case 'too-many-requests':
      return `Too many requests. Please wait ${waitText(error.retryAfterSeconds)} and try again.`;
    case 'timeout':
      return 'The server took too long to answer. Please try again.';
    case 'network':
      return 'The portal could not reach the server. Check your connection and try again.';
    case 'not-configured':
      return 'This portal has no valid configuration, so it cannot reach the server. Please contact your administrator.';
    case 'invalid-api-key':
      return 'This portal is not configured correctly (its application key was not accepted). Please contact your administrator.';
    case 'session-expired':
    case 'invalid-credentials':
      return 'Your session has ended. Please sign in again.';
    case 'forbidden':
      return 'Your account is not allowed to make this change. Please contact your administrator.';
    case 'not-found':
      return `The server does not offer ${notFound}. Please contact your administrator.`;
    case 'server':
      return error.status === 503
        ? 'The service is unavailable right now. Please try again in a moment.'
        : `The server had a problem (HTTP ${error.status}). Please try again in a moment.`;
  }
}
