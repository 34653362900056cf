import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertError,
  AUTH_URL,
  errorOf,
  headers,
  login,
  loginToken,
  useServer,
  withToken,
} from './helpers.ts';

describe('Roam headers and routing (CONTRACT §1–2)', () => {
  const app = useServer();

  const cases: Array<[string, Record<string, string | undefined>, number, string, string?]> = [
    [
      'X-Roam-ApiVersion missing',
      { 'X-Roam-ApiVersion': undefined },
      400,
      'missing_header',
      'X-Roam-ApiVersion',
    ],
    [
      'X-Roam-ApiVersion empty',
      { 'X-Roam-ApiVersion': ' ' },
      400,
      'missing_header',
      'X-Roam-ApiVersion',
    ],
    ['X-Roam-ApiVersion 5.0.0', { 'X-Roam-ApiVersion': '5.0.0' }, 400, 'unsupported_api_version'],
    ['X-Roam-ApiVersion 7.0.0', { 'X-Roam-ApiVersion': '7.0.0' }, 400, 'unsupported_api_version'],
    ['X-Roam-ApiVersion 6', { 'X-Roam-ApiVersion': '6' }, 400, 'unsupported_api_version'],
    [
      'X-Roam-ClientVersion missing',
      { 'X-Roam-ClientVersion': undefined },
      400,
      'missing_header',
      'X-Roam-ClientVersion',
    ],
    ['Content-Type missing', { 'Content-Type': undefined }, 400, 'missing_header', 'Content-Type'],
    ['Content-Type text/plain', { 'Content-Type': 'text/plain' }, 415, 'unsupported_media_type'],
    [
      'Content-Type latin-1 charset',
      { 'Content-Type': 'application/json; charset=iso-8859-1' },
      415,
      'unsupported_media_type',
    ],
    [
      'X-Roam-Key missing on login',
      { 'X-Roam-Key': undefined },
      400,
      'missing_header',
      'X-Roam-Key',
    ],
    ['X-Roam-Key unknown', { 'X-Roam-Key': 'APP6-not-a-key' }, 401, 'invalid_api_key'],
  ];

  for (const [name, overrides, status, code, field] of cases) {
    it(`login with ${name} → ${status} ${code}`, async () => {
      const response = await login(app(), 'merchant', undefined, overrides);
      assert.equal(response.statusCode, status);
      assert.deepEqual(response.json(), {
        error: { code, message: errorOf(response).message, ...(field ? { field } : {}) },
      });
      assert.equal(response.headers['cache-control'], 'no-store');
    });
  }

  it('checks headers in the contract order (version, client version, content type, key)', async () => {
    const none = await app().inject({ method: 'POST', url: AUTH_URL, payload: '{}' });
    assert.equal(errorOf(none).field, 'X-Roam-ApiVersion');
    const noClient = await login(app(), 'merchant', undefined, {
      'X-Roam-ClientVersion': undefined,
      'Content-Type': undefined,
      'X-Roam-Key': undefined,
    });
    assert.equal(errorOf(noClient).field, 'X-Roam-ClientVersion');
    const noType = await login(app(), 'merchant', undefined, {
      'Content-Type': undefined,
      'X-Roam-Key': 'bad',
    });
    assert.equal(errorOf(noType).field, 'Content-Type');
  });

  it('accepts any 6.x.y version and a utf-8 charset', async () => {
    const response = await login(app(), 'merchant', undefined, {
      'X-Roam-ApiVersion': '6.12.3',
      'Content-Type': 'application/json; charset=UTF-8',
    });
    assert.equal(response.statusCode, 200);
  });

  it('accepts a token call without X-Roam-Key but refuses an unknown one', async () => {
    const token = await loginToken(app());
    assert.equal((await withToken(app(), 'PUT', token)).statusCode, 200);
    const bad = await withToken(app(), 'PUT', token, AUTH_URL, { 'X-Roam-Key': 'APP6-wrong' });
    assertError(bad, 401, 'invalid_api_key');
  });

  for (const url of [
    '/wsapi/Authentication/',
    '/WSAPI/AUTHENTICATION',
    '/wsapi/authentication',
    '/WSAPI/Authentication/',
  ]) {
    it(`matches ${url} (case-insensitive, optional trailing slash)`, async () => {
      const response = await app().inject({
        method: 'POST',
        url,
        headers: headers(),
        payload: { user_name: 'merchant', password: 'Sandbox!2026' },
      });
      assert.equal(response.statusCode, 200);
    });
  }

  it('applies the header checks to percent-encoded paths too', async () => {
    const response = await app().inject({
      method: 'POST',
      url: '/%57SAPI/Authentication',
      payload: '{}',
    });
    assertError(response, 400, 'missing_header');
  });

  for (const method of ['GET', 'PATCH', 'OPTIONS', 'HEAD'] as const) {
    it(`${method} /WSAPI/Authentication → 405 with Allow`, async () => {
      const response = await app().inject({ method, url: AUTH_URL, headers: headers() });
      assert.equal(response.statusCode, 405);
      assert.equal(response.headers['allow'], 'POST, PUT, DELETE');
      if (method !== 'HEAD') assert.equal(errorOf(response).code, 'method_not_allowed');
    });
  }

  it('unknown WSAPI resources → 404 not_found JSON (never the SPA)', async () => {
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      const response = await app().inject({
        method,
        url: '/WSAPI/NoSuchThing',
        headers: headers({ Accept: 'text/html' }),
      });
      assert.equal(response.statusCode, 404, method);
      assert.deepEqual(response.json(), {
        error: { code: 'not_found', message: 'No such resource.' },
      });
      assert.equal(response.headers['cache-control'], 'no-store');
    }
  });

  it('answers a malformed URL with 400 invalid_request JSON and the security headers', async () => {
    const response = await app().inject({
      method: 'POST',
      url: '/WSAPI/%E0%A4%A',
      headers: headers(),
      payload: '{}',
    });
    assertError(response, 400, 'invalid_request');
    assert.equal(response.headers['x-content-type-options'], 'nosniff');
    assert.equal(response.headers['cache-control'], 'no-store');
  });

  it('sets the security headers on every response', async () => {
    for (const response of [
      await login(app()),
      await app().inject({ method: 'GET', url: '/nope.js' }),
    ]) {
      assert.equal(response.headers['x-content-type-options'], 'nosniff');
      assert.equal(response.headers['referrer-policy'], 'no-referrer');
    }
    assert.equal((await login(app())).headers['cache-control'], 'no-store');
  });
});
