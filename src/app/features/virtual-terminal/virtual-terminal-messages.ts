import { WsapiError } from '../../core/wsapi/wsapi-error';
import { wsapiErrorMessage } from '../../core/wsapi/wsapi-error-message';

const SAFE_RETRY =
  'Submitting the same sale again is safe: it is never recorded twice. If you change it, check Transactions first.';

/** What the terminal says when a sale could not be recorded (a decline is a result, not this). */
export function saleErrorMessage(error: WsapiError): string {
  return wsapiErrorMessage(error, {
    refused: 'The sale',
    own: {
      forbidden: ({ code }) =>
        code === 'account_action_required'
          ? 'Your account has a required step to finish before it can take payments.'
          : 'Your account is not allowed to make this sale. Please contact your administrator.',
      network: () =>
        `The portal could not reach the server, so the sale may or may not have been recorded. ${SAFE_RETRY}`,
      timeout: () =>
        `The server took too long to answer, so the sale may or may not have been recorded. ${SAFE_RETRY}`,
      conflict: () =>
        'An earlier attempt at this sale was already recorded (its answer was lost). Check Transactions before charging again.',
      server: ({ status }) =>
        `The server could not complete the sale (HTTP ${status}). ${SAFE_RETRY}`,
    },
  });
}

/** Loading the items for the picker failed. */
export function itemsErrorMessage(error: WsapiError): string {
  return wsapiErrorMessage(error, {
    lead: 'The items could not be loaded.',
    own: { forbidden: () => 'Your account cannot use the inventory.' },
  });
}

/** Emailing the receipt failed. */
export function receiptErrorMessage(error: WsapiError): string {
  return wsapiErrorMessage(error, {
    lead: 'The receipt was not sent.',
    own: { 'invalid-request': ({ message }) => message || 'This email address was not accepted.' },
  });
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
