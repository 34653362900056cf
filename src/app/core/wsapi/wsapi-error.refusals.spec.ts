import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { firstValueFrom } from 'rxjs';
import {
  WsapiError,
  conflictAsInvalidRequest,
  fieldErrorOf,
  fieldFailure,
  rethrowWithJsonBody,
  toWsapiError,
} from './wsapi-error';
import { refusal } from '../../../testing/wsapi-errors';

const httpError = (status: number, error: unknown) =>
  new HttpErrorResponse({ status, error, headers: new HttpHeaders() });

const taken: WsapiError = {
  kind: 'conflict',
  code: 'conflict',
  field: 'user_name',
  message: 'This user name is taken.',
};

describe('WSAPI refusals', () => {
  it('maps a 409 to conflict, with the field and message the body names', () => {
    expect(
      toWsapiError(
        httpError(409, {
          error: { code: 'conflict', message: 'This user name is taken.', field: 'user_name' },
        }),
      ),
    ).toEqual(taken);
  });

  it('a 409 without a body is still a conflict, never a server failure', () => {
    expect(toWsapiError(httpError(409, null))).toEqual({
      kind: 'conflict',
      code: 'conflict',
      field: null,
      message: '',
    });
  });

  it('fieldErrorOf: the message for that field only, of a 400 or a 409', () => {
    const invalid: WsapiError = refusal('primary_email', 'Not an address.');
    expect(fieldErrorOf(invalid, 'primary_email')).toBe('Not an address.');
    expect(fieldErrorOf(invalid, 'new_password')).toBeNull();
    expect(fieldErrorOf(taken, 'user_name')).toBe('This user name is taken.');
    expect(fieldErrorOf(null, 'user_name')).toBeNull();
    expect(fieldErrorOf({ kind: 'network' }, 'user_name')).toBeNull();
  });

  it('fieldErrorOf: a refusal without a message still says the value was refused', () => {
    expect(fieldErrorOf({ ...taken, message: '' }, 'user_name')).toBe(
      'This value was not accepted.',
    );
  });

  it('fieldFailure: none when the refusal names no field', () => {
    expect(fieldFailure({ ...taken, field: null })).toBeNull();
    expect(fieldFailure(taken)).toEqual({ field: 'user_name', message: taken.message });
  });

  it('conflictAsInvalidRequest: a conflict reads as a refused field, with the fallbacks', () => {
    const fallback = { field: 'sku', message: 'Another item already has this SKU.' };
    expect(conflictAsInvalidRequest({ ...taken, field: null, message: '' }, fallback)).toEqual({
      kind: 'invalid-request',
      code: 'conflict',
      field: 'sku',
      message: 'Another item already has this SKU.',
    });
    expect(conflictAsInvalidRequest(taken, fallback)).toEqual({
      ...taken,
      kind: 'invalid-request',
    });
    expect(conflictAsInvalidRequest({ kind: 'not-found' }, fallback)).toEqual({
      kind: 'not-found',
    });
  });

  it('rethrowWithJsonBody: a download’s Blob error body is read as JSON', async () => {
    const blob = new Blob([JSON.stringify({ error: { code: 'forbidden', message: 'No.' } })]);
    const failure = await firstValueFrom(rethrowWithJsonBody(httpError(403, blob))).catch(
      (error: unknown) => error,
    );
    expect(toWsapiError(failure)).toEqual({ kind: 'forbidden', code: 'forbidden' });
  });

  it('rethrowWithJsonBody: a body that is not JSON reads as none', async () => {
    const failure = await firstValueFrom(
      rethrowWithJsonBody(httpError(500, new Blob(['<html>']))),
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(HttpErrorResponse);
    expect((failure as HttpErrorResponse).error).toBeNull();
    expect((failure as HttpErrorResponse).status).toBe(500);
  });
});
