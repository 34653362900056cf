import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AccountRepository } from '../store/account.ts';
import { CURRENT_TERMS } from '../store/terms.data.ts';
import { loginToken, withToken } from './helpers.ts';
import { assertInvalid, TERMS, useUsersSandbox } from './users.helpers.ts';

describe('Users self-service: Terms', () => {
  const { app, call, loginJson } = useUsersSandbox();

  it('GET Terms answers the current version, title and paragraphs', async () => {
    const token = await loginToken(app(), 'newuser');
    const response = await withToken(app(), 'GET', token, TERMS);
    assert.equal(response.statusCode, 200);
    const body = response.json() as { version: string; title: string; text: string };
    assert.deepEqual(Object.keys(body).sort(), ['text', 'title', 'version']);
    assert.equal(body.version, '2026-01');
    assert.equal(body.title, 'Terms and Conditions');
    assert.ok(body.text.split('\n\n').length >= 3);
    assert.equal(response.headers['cache-control'], 'no-store');
  });

  it('PUT Terms records the acceptance (version, clock time) and refuses other versions', async () => {
    const token = await loginToken(app(), 'newuser');
    assertInvalid(
      await call('PUT', TERMS, token, { accepted_version: '2025-06' }),
      'accepted_version',
      'These are not the current terms.',
    );
    assertInvalid(
      await call('PUT', TERMS, token, { accepted_version: 202601 }),
      'accepted_version',
    );
    const before = await loginJson('newuser');
    assert.equal(before.user.account_flags.accept_terms_and_conditions_required, true);

    const now = app().sandbox.clock.now();
    const ok = await call('PUT', TERMS, token, { accepted_version: CURRENT_TERMS.version });
    assert.equal(ok.statusCode, 200);
    const userId = app()
      .sandbox.db.prepare("SELECT id FROM users WHERE user_name_norm = 'newuser'")
      .pluck()
      .get() as number;
    const acceptedAt = new AccountRepository(app().sandbox.db).termsAcceptedAt(userId, '2026-01');
    assert.ok(acceptedAt !== undefined && Math.abs(acceptedAt - now) < 2000);
    const afterLogin = await loginJson('newuser');
    assert.equal(afterLogin.user.account_flags.accept_terms_and_conditions_required, false);
    assert.equal(afterLogin.user.account_flags.change_password_required, true);
  });
});
