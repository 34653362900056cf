import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, DEMO_PASSWORD, loginToken, withToken } from './helpers.ts';
import {
  type Flags,
  NEW_PASSWORD,
  PASSWORD,
  PROBE,
  TERMS,
  useUsersSandbox,
} from './users.helpers.ts';

describe('Users self-service: the first-login gate', () => {
  const { app, call, loginJson } = useUsersSandbox();

  it('newuser is gated (403) until both flows are done, then gets 200 and clean flags', async () => {
    const token = await loginToken(app(), 'newuser');
    const gated = await withToken(app(), 'GET', token, PROBE);
    assertError(gated, 403, 'account_action_required');

    const terms = await call('PUT', TERMS, token, { accepted_version: '2026-01' });
    assert.equal(terms.statusCode, 200, terms.body);
    assert.deepEqual(terms.json(), {
      account_flags: {
        change_email_required: false,
        change_password_required: true,
        change_security_questions_required: false,
        accept_terms_and_conditions_required: false,
      },
    });
    assert.equal((await withToken(app(), 'GET', token, PROBE)).statusCode, 403, 'password pending');

    const password = await call('PUT', PASSWORD, token, {
      current_password: DEMO_PASSWORD,
      new_password: NEW_PASSWORD,
    });
    assert.equal(password.statusCode, 200, password.body);
    assert.equal(
      (password.json() as { account_flags: Flags }).account_flags.change_password_required,
      false,
    );
    assert.equal((await withToken(app(), 'GET', token, PROBE)).statusCode, 200);

    const next = await loginJson('newuser', NEW_PASSWORD);
    assert.ok(Object.values(next.user.account_flags).every((flag) => flag === false));
    assert.equal(
      (await withToken(app(), 'GET', next.session.session_token, PROBE)).statusCode,
      200,
    );
  });
});
