import { Signal, computed } from '@angular/core';
import { WsapiError, conflictAsInvalidRequest, toWsapiError } from '../../core/wsapi/wsapi-error';
import { wsapiErrorMessage } from '../../core/wsapi/wsapi-error-message';

/**
 * `toWsapiError`, with the admin endpoints' 409 `conflict` (a taken user name or merchant name,
 * locking one's own account) read as a refused request on the field the body names, so a form can
 * show it next to that field.
 */
export function toAdminError(error: unknown): WsapiError {
  return conflictAsInvalidRequest(toWsapiError(error), {
    field: null,
    message: 'This conflicts with existing data.',
  });
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
  return wsapiErrorMessage(error, {
    doing,
    notFound: `${missing} does not exist or is not one you administer.`,
  });
}

/** `adminErrorMessage` of `error()` while there is one, else null (a page's error banner). */
export function adminErrorText(
  error: () => WsapiError | null,
  doing: string,
  missing?: string,
): Signal<string | null> {
  return computed(() => {
    const current = error();
    return current ? adminErrorMessage(current, doing, missing) : null;
  });
}
