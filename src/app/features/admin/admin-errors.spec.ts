import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { fieldErrorOf } from '../../core/wsapi/wsapi-error';
import { adminErrorMessage, toAdminError } from './admin-errors';

function httpError(status: number, body: unknown, headers = new HttpHeaders()) {
  return new HttpErrorResponse({ status, error: body, headers });
}

describe('admin errors', () => {
  it('a 409 conflict becomes a field error on the field the server names', () => {
    const error = toAdminError(
      httpError(409, {
        error: { code: 'conflict', message: 'This user name is taken.', field: 'user_name' },
      }),
    );
    expect(error).toEqual({
      kind: 'invalid-request',
      code: 'conflict',
      field: 'user_name',
      message: 'This user name is taken.',
    });
    expect(fieldErrorOf(error, 'user_name')).toBe('This user name is taken.');
    expect(fieldErrorOf(error, 'name')).toBeNull();
  });

  it('a 409 without a body still reads as a conflict', () => {
    expect(toAdminError(httpError(409, null))).toEqual({
      kind: 'invalid-request',
      code: 'conflict',
      field: null,
      message: 'This conflicts with existing data.',
    });
  });

  it('other statuses map as everywhere else', () => {
    expect(toAdminError(httpError(403, { error: { code: 'forbidden' } }))).toEqual({
      kind: 'forbidden',
      code: 'forbidden',
    });
    expect(toAdminError(httpError(404, null))).toEqual({ kind: 'not-found' });
    expect(toAdminError(httpError(429, null, new HttpHeaders({ 'Retry-After': '42' })))).toEqual({
      kind: 'too-many-requests',
      retryAfterSeconds: 42,
    });
  });

  it('says what failed, in words', () => {
    expect(
      adminErrorMessage(
        { kind: 'invalid-request', code: 'x', field: 'name', message: 'Too short.' },
        'Saving',
      ),
    ).toBe('Saving failed: Too short.');
    expect(adminErrorMessage({ kind: 'not-found' }, 'Loading', 'This user')).toBe(
      'This user does not exist or is not one you administer.',
    );
    expect(
      adminErrorMessage({ kind: 'too-many-requests', retryAfterSeconds: 90 }, 'Checking'),
    ).toBe('Too many requests. Please wait 2 minutes and try again.');
    expect(adminErrorMessage({ kind: 'server', status: 503 }, 'Loading the merchants')).toContain(
      'unavailable',
    );
    expect(adminErrorMessage({ kind: 'forbidden', code: 'forbidden' }, 'Boarding')).toContain(
      'not allowed',
    );
  });

  it('a field error is only read from invalid requests', () => {
    expect(fieldErrorOf(null, 'name')).toBeNull();
    expect(fieldErrorOf({ kind: 'network' }, 'name')).toBeNull();
  });
});
