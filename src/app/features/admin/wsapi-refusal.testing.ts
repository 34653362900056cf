import { TestRequest } from '@angular/common/http/testing';

/*
 * Shared by the admin specs: answering a request the way the WSAPI refuses one field.
 * Test-only; what a spec asserts stays in the spec.
 */

/** The WSAPI's error body for a refusal of `field` (`code` `invalid_request` unless given). */
export const refusalBody = (field: string, message: string, code = 'invalid_request') => ({
  error: { code, message, field },
});

/** Answers `request` with a 400 `invalid_request` about `field`, or with `409` a `conflict`. */
export function refuse(
  request: TestRequest,
  field: string,
  message: string,
  status: 400 | 409 = 400,
): void {
  if (status === 409) {
    request.flush(refusalBody(field, message, 'conflict'), {
      status: 409,
      statusText: 'Conflict',
    });
  } else {
    request.flush(refusalBody(field, message), { status: 400, statusText: 'Bad Request' });
  }
}
