import { WsapiError } from '../../core/wsapi/wsapi-error';
import { selfServiceErrorMessage } from '../../core/wsapi/wsapi-error-message';

/** What a first-login page says when loading or saving failed. */
export function firstLoginErrorMessage(error: WsapiError): string {
  return selfServiceErrorMessage(error, 'this step');
}

/** The server's message for `field`, when its error names that field. */
export function fieldErrorOf(error: WsapiError | null, field: string): string | null {
  if (error?.kind !== 'invalid-request' || error.field !== field) return null;
  return error.message || 'This value was not accepted.';
}
