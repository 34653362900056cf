import { HttpErrorResponse } from '@angular/common/http';
import { WsapiError, toWsapiError } from '../../core/wsapi/wsapi-error';
import { waitText } from '../../core/wsapi/wsapi-error-message';

/**
 * `toWsapiError`, plus the admin endpoints' 409 `conflict` (a taken user name or merchant name,
 * locking one's own account): it becomes an `invalid-request` with the field the body names, so a
 * form can show it next to that field.
 */
export function toAdminError(error: unknown): WsapiError {
  if (error instanceof HttpErrorResponse && error.status === 409) {
    const body: unknown = error.error;
    const inner =
      typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : null;
    const { code, message, field } =
      typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : {};
    return {
      kind: 'invalid-request',
      code: typeof code === 'string' && code ? code : 'conflict',
      field: typeof field === 'string' && field ? field : null,
      message:
        typeof message === 'string' && message ? message : 'This conflicts with existing data.',
    };
  }
  return toWsapiError(error);
}

/**
 * What the admin area says when `doing` ("Loading the merchants", "Saving the billing
 * information") failed. `missing` names what a 404 means here ("This merchant").
 */
export function adminErrorMessage(
  error: WsapiError,
  doing: string,
  missing = 'This merchant',
): string {
  switch (error.kind) {
    case 'invalid-request':
      return error.message
        ? `${doing} failed: ${error.message}`
        : `${doing} failed. Check the form and try again.`;
    case 'not-found':
      return `${missing} does not exist or is not one you administer.`;
    case 'forbidden':
      return `${doing} failed: your account is not allowed to do this. Please contact your administrator.`;
    case 'too-many-requests':
      return `Too many requests. Please wait ${waitText(error.retryAfterSeconds)} and try again.`;
    case 'locked':
      return error.retryAfterSeconds === null
        ? `${doing} failed: the account is locked. Please contact your administrator.`
        : `${doing} failed: locked for now. Try again in ${waitText(error.retryAfterSeconds)}.`;
    case 'timeout':
      return `${doing} failed: the server took too long to answer. Please try again.`;
    case 'network':
      return `${doing} failed: the portal could not reach the server. Check your connection and try again.`;
    case 'not-configured':
      return 'This portal has no valid configuration, so it cannot reach the server. Please contact your administrator.';
    case 'invalid-api-key':
      return 'This portal is not configured correctly (its application key was not accepted). Please contact your administrator.';
    case 'session-expired':
    case 'invalid-credentials':
      return 'Your session has ended. Please sign in again.';
    case 'server':
      return error.status === 503
        ? `${doing} failed: the service is unavailable right now. Please try again in a moment.`
        : `${doing} failed: the server had a problem (HTTP ${error.status}). Please try again in a moment.`;
  }
}

/** The message for `field` when `error` is a field error on it (e.g. a taken user name). */
export function fieldErrorOf(error: WsapiError | null, field: string): string | null {
  return error?.kind === 'invalid-request' && error.field === field ? error.message : null;
}
