import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_PASSWORD, errorOf, headers, login, loginToken, withToken } from './helpers.ts';
import {
  assertInvalid,
  EMAIL,
  NEW_PASSWORD,
  PASSWORD,
  QUESTIONS,
  TERMS,
  useUsersSandbox,
} from './users.helpers.ts';

describe('Users self-service: sessions, methods and request bodies', () => {
  const { app, call } = useUsersSandbox();

  it('every endpoint needs a session (401 invalid_session without or with a bad token)', async () => {
    const routes: ['GET' | 'PUT', string][] = [
      ['GET', TERMS],
      ['PUT', TERMS],
      ['PUT', PASSWORD],
      ['PUT', EMAIL],
      ['GET', QUESTIONS],
      ['PUT', QUESTIONS],
    ];
    for (const [method, url] of routes) {
      for (const token of [undefined, 'MCM6-not-a-session']) {
        const response = await call(method, url, token);
        assert.equal(response.statusCode, 401, `${method} ${url}`);
        assert.equal(errorOf(response).code, 'invalid_session');
      }
    }
  });

  it('answers 405 with Allow for other methods, matching paths case-insensitively', async () => {
    const token = await loginToken(app(), 'merchant');
    const cases: ['GET' | 'POST' | 'DELETE', string, string][] = [
      ['DELETE', TERMS, 'GET, PUT'],
      ['POST', TERMS, 'GET, PUT'],
      ['GET', PASSWORD, 'PUT'],
      ['GET', EMAIL, 'PUT'],
      ['POST', QUESTIONS, 'GET, PUT'],
      ['DELETE', '/wsapi/users/securityquestions/', 'GET, PUT'],
    ];
    for (const [method, url, allow] of cases) {
      const response = await call(method, url, token);
      assert.equal(response.statusCode, 405, `${method} ${url}`);
      assert.equal(errorOf(response).code, 'method_not_allowed');
      assert.equal(response.headers['allow'], allow);
    }
    const head = await app().inject({
      method: 'HEAD',
      url: TERMS,
      headers: headers({ 'X-Roam-Token': token }),
    });
    assert.equal(head.statusCode, 405);
    assert.equal(head.headers['allow'], 'GET, PUT');
    assert.equal((await withToken(app(), 'GET', token, '/wsapi/users/terms/')).statusCode, 200);
  });

  it('refuses extra body fields, missing bodies and wrong types (400 invalid_request)', async () => {
    const token = await loginToken(app(), 'merchant');
    const extra = { user_id: 1 };
    assertInvalid(
      await call('PUT', TERMS, token, { accepted_version: '2026-01', ...extra }),
      'user_id',
    );
    assertInvalid(
      await call('PUT', PASSWORD, token, {
        current_password: DEMO_PASSWORD,
        new_password: NEW_PASSWORD,
        ...extra,
      }),
      'user_id',
    );
    assertInvalid(
      await call('PUT', EMAIL, token, { primary_email: 'a@b.example', ...extra }),
      'user_id',
    );
    assertInvalid(
      await call('PUT', QUESTIONS, token, {
        security_questions: [
          { id: '11', answer: 'Rex' },
          { id: '12', answer: 'Oslo' },
        ],
        ...extra,
      }),
      'user_id',
    );
    assertInvalid(await call('PUT', TERMS, token), 'body');
    assertInvalid(
      await call('PUT', PASSWORD, token, { current_password: DEMO_PASSWORD }),
      'new_password',
    );
    assertInvalid(
      await call('PUT', PASSWORD, token, {
        current_password: '',
        new_password: NEW_PASSWORD,
      }),
      'current_password',
    );
    assertInvalid(
      await call('PUT', PASSWORD, token, {
        current_password: 1234,
        new_password: NEW_PASSWORD,
      }),
      'current_password',
    );
    assert.equal((await login(app(), 'merchant')).statusCode, 200, 'nothing changed');
  });
});
