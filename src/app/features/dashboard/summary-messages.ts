import { WsapiError } from '../../core/wsapi/wsapi-error';
import { wsapiErrorMessage } from '../../core/wsapi/wsapi-error-message';

const NOT_LOADED = 'The sales figures could not be loaded. Please try again.';

/** What the dashboard says when its figures could not be loaded. */
export function summaryErrorMessage(error: WsapiError): string {
  return wsapiErrorMessage(error, {
    notFound: NOT_LOADED,
    own: {
      forbidden: () => 'Your account is not allowed to see sales figures.',
      'too-many-requests': () => 'Too many requests. Please wait a moment and try again.',
      'invalid-request': () => NOT_LOADED,
      conflict: () => NOT_LOADED,
      locked: () => NOT_LOADED,
    },
  });
}
