import { WsapiError } from '../app/core/wsapi/wsapi-error';

/** A 400 refusal as the portal reads it (`toWsapiError`). */
export type Refusal = Extract<WsapiError, { kind: 'invalid-request' }>;

/**
 * The WSAPI's 400 `invalid_request` about `field` (a WSAPI field name such as `primary_email`;
 * null when it is about the request as a whole), with the server's `message`.
 */
export function refusal(field: string | null, message: string): Refusal {
  return { kind: 'invalid-request', code: 'invalid_request', field, message };
}
