import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { WsapiNotConfiguredError } from './wsapi-endpoint';
import { toWsapiError } from './wsapi-error';

function httpError(
  status: number,
  body?: { code?: string; message?: string; field?: string },
  headers: Record<string, string> = {},
): HttpErrorResponse {
  return new HttpErrorResponse({
    status,
    statusText: 'Error',
    url: 'https://api.example.com/WSAPI/Authentication',
    error: body ? { error: body } : null,
    headers: new HttpHeaders(headers),
  });
}

describe('toWsapiError', () => {
  describe('failures before any answer from the WSAPI', () => {
    it('maps a missing configuration to not-configured', () => {
      expect(toWsapiError(new WsapiNotConfiguredError())).toEqual({ kind: 'not-configured' });
    });

    it('maps status 0 (no response: offline, CORS, DNS) to network', () => {
      expect(
        toWsapiError(new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') })),
      ).toEqual({ kind: 'network' });
    });

    it('maps anything that is not an HttpErrorResponse to network', () => {
      expect(toWsapiError(new Error('boom'))).toEqual({ kind: 'network' });
      expect(toWsapiError(new TypeError('Failed to fetch'))).toEqual({ kind: 'network' });
      expect(toWsapiError(undefined)).toEqual({ kind: 'network' });
      expect(toWsapiError('401')).toEqual({ kind: 'network' });
    });

    it('does not trust a plain object that only looks like an HTTP error', () => {
      const lookalike = { status: 401, error: { error: { code: 'invalid_credentials' } } };
      expect(toWsapiError(lookalike)).toEqual({ kind: 'network' });
    });
  });

  describe('401 Unauthorized', () => {
    it('maps invalid_credentials to invalid-credentials', () => {
      expect(toWsapiError(httpError(401, { code: 'invalid_credentials', message: 'Bad' }))).toEqual(
        { kind: 'invalid-credentials' },
      );
    });

    it('maps invalid_api_key to invalid-api-key', () => {
      expect(toWsapiError(httpError(401, { code: 'invalid_api_key', message: 'Bad key' }))).toEqual(
        { kind: 'invalid-api-key' },
      );
    });

    it('maps invalid_session to session-expired', () => {
      expect(toWsapiError(httpError(401, { code: 'invalid_session', message: 'Expired' }))).toEqual(
        { kind: 'session-expired' },
      );
    });

    it('maps a 401 without a readable body to session-expired', () => {
      expect(toWsapiError(httpError(401))).toEqual({ kind: 'session-expired' });
      const htmlBody = new HttpErrorResponse({ status: 401, error: '<html>Unauthorized</html>' });
      expect(toWsapiError(htmlBody)).toEqual({ kind: 'session-expired' });
    });
  });

  describe('423 Locked', () => {
    it('takes the lockout length from Retry-After', () => {
      expect(
        toWsapiError(httpError(423, { code: 'account_locked' }, { 'Retry-After': '120' })),
      ).toEqual({ kind: 'locked', retryAfterSeconds: 120 });
    });

    it('tolerates whitespace around the Retry-After seconds', () => {
      expect(toWsapiError(httpError(423, {}, { 'Retry-After': ' 45 ' }))).toEqual({
        kind: 'locked',
        retryAfterSeconds: 45,
      });
    });

    it('without Retry-After the lock has no end (an administrator locked the account)', () => {
      expect(toWsapiError(httpError(423, { code: 'account_locked' }))).toEqual({
        kind: 'locked',
        retryAfterSeconds: null,
      });
    });

    for (const garbage of [
      'soon',
      '',
      '0',
      '-5',
      '1.5',
      '12abc',
      'Wed, 21 Oct 2015 07:28:00 GMT',
    ]) {
      it(`falls back to 60 seconds when Retry-After is ${JSON.stringify(garbage)}`, () => {
        expect(toWsapiError(httpError(423, {}, { 'Retry-After': garbage }))).toEqual({
          kind: 'locked',
          retryAfterSeconds: 60,
        });
      });
    }
  });

  describe('429 Too Many Requests', () => {
    it('takes the wait from Retry-After', () => {
      expect(toWsapiError(httpError(429, {}, { 'Retry-After': '7' }))).toEqual({
        kind: 'too-many-requests',
        retryAfterSeconds: 7,
      });
    });

    it('falls back to 30 seconds without a usable Retry-After', () => {
      expect(toWsapiError(httpError(429))).toEqual({
        kind: 'too-many-requests',
        retryAfterSeconds: 30,
      });
      expect(toWsapiError(httpError(429, {}, { 'Retry-After': 'later' }))).toEqual({
        kind: 'too-many-requests',
        retryAfterSeconds: 30,
      });
    });
  });

  describe('403 Forbidden', () => {
    it('keeps the code and never reads as an expired session', () => {
      const mapped = toWsapiError(httpError(403, { code: 'invalid_session', message: 'No' }));
      expect(mapped.kind).not.toBe('session-expired');
      expect(mapped).toEqual({ kind: 'forbidden', code: 'invalid_session' });
    });

    it('uses "forbidden" as the code when the body has none', () => {
      expect(toWsapiError(httpError(403))).toEqual({ kind: 'forbidden', code: 'forbidden' });
    });
  });

  describe('invalid requests', () => {
    it('maps 400 with its code, field and message', () => {
      expect(
        toWsapiError(
          httpError(400, { code: 'invalid_parameter', message: 'Too long', field: 'user_name' }),
        ),
      ).toEqual({
        kind: 'invalid-request',
        code: 'invalid_parameter',
        field: 'user_name',
        message: 'Too long',
      });
    });

    it('reads a missing field as null and non-string parts as empty', () => {
      const weird = new HttpErrorResponse({
        status: 400,
        error: { error: { code: 42, message: { text: 'x' }, field: 7 } },
      });
      expect(toWsapiError(weird)).toEqual({
        kind: 'invalid-request',
        code: '',
        field: null,
        message: '',
      });
    });

    it('maps 413 and 415 the same way as 400', () => {
      expect(toWsapiError(httpError(413, { code: 'too_large', message: 'Big' })).kind).toBe(
        'invalid-request',
      );
      expect(toWsapiError(httpError(415, { code: 'bad_type', message: 'Type' })).kind).toBe(
        'invalid-request',
      );
    });
  });

  it('maps 404 to not-found', () => {
    expect(toWsapiError(httpError(404, { code: 'not_found' }))).toEqual({ kind: 'not-found' });
  });

  describe('server failures', () => {
    for (const status of [500, 502, 503, 504]) {
      it(`maps ${status} to server with its status`, () => {
        expect(toWsapiError(httpError(status))).toEqual({ kind: 'server', status });
      });
    }
  });
});
