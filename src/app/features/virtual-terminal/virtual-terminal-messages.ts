import { WsapiError } from '../../core/wsapi/wsapi-error';

const SAFE_RETRY =
  'Submitting the same sale again is safe: it is never recorded twice. If you change it, check Transactions first.';

/** What the terminal says when a sale could not be recorded (a decline is a result, not this). */
export function saleErrorMessage(error: WsapiError): string {
  switch (error.kind) {
    case 'invalid-request':
      return error.message
        ? `The sale was not accepted: ${error.message}`
        : 'The sale was not accepted. Check the form and try again.';
    case 'forbidden':
      return error.code === 'account_action_required'
        ? 'Your account has a required step to finish before it can take payments.'
        : 'Your account is not allowed to make this sale. Please contact your administrator.';
    case 'network':
      return `The portal could not reach the server, so the sale may or may not have been recorded. ${SAFE_RETRY}`;
    case 'timeout':
      return `The server took too long to answer, so the sale may or may not have been recorded. ${SAFE_RETRY}`;
    case 'server':
      if (error.status === 409)
        return 'An earlier attempt at this sale was already recorded (its answer was lost). Check Transactions before charging again.';
      return `The server could not complete the sale (HTTP ${error.status}). ${SAFE_RETRY}`;
    default:
      return commonMessage(error);
  }
}

/** Loading the items for the picker failed. */
export function itemsErrorMessage(error: WsapiError): string {
  return error.kind === 'forbidden'
    ? 'Your account cannot use the inventory.'
    : `The items could not be loaded. ${commonMessage(error)}`;
}

/** Emailing the receipt failed. */
export function receiptErrorMessage(error: WsapiError): string {
  if (error.kind === 'invalid-request')
    return error.message || 'This email address was not accepted.';
  return `The receipt was not sent. ${commonMessage(error)}`;
}

function commonMessage(error: WsapiError): string {
  switch (error.kind) {
    case 'too-many-requests':
      return `Too many requests. Please wait ${error.retryAfterSeconds} seconds and try again.`;
    case 'timeout':
      return 'The server took too long to answer. Please try again.';
    case 'network':
      return 'The portal could not reach the server. Check your connection and try again.';
    case 'not-configured':
    case 'invalid-api-key':
      return 'This portal is not configured correctly. Please contact your administrator.';
    case 'session-expired':
    case 'invalid-credentials':
    case 'locked':
      return 'Your session has ended. Please sign in again.';
    case 'forbidden':
      return 'Your account is not allowed to do this.';
    case 'not-found':
      return 'The server could not find it.';
    case 'server':
      return error.status === 503
        ? 'The service is unavailable right now. Please try again in a moment.'
        : `The server had a problem (HTTP ${error.status}). Please try again in a moment.`;
    case 'invalid-request':
      return error.message || 'The request was not accepted.';
  }
}

/** The card field a WSAPI 400 names (`card.number` → `number`), if it is one. */
export function cardFieldOf(
  error: WsapiError | null,
): 'number' | 'expiry' | 'cvv' | 'postalCode' | null {
  if (error?.kind !== 'invalid-request') return null;
  switch (error.field) {
    case 'card.number':
      return 'number';
    case 'card.expiry':
      return 'expiry';
    case 'card.cvv':
      return 'cvv';
    case 'card.postal_code':
      return 'postalCode';
    default:
      return null;
  }
}
