import { WsapiError } from '../../core/wsapi/wsapi-error';
import { selfServiceErrorMessage } from '../../core/wsapi/wsapi-error-message';

/** What a first-login page says when loading or saving failed. */
export function firstLoginErrorMessage(error: WsapiError): string {
  return selfServiceErrorMessage(error, 'this step');
}
