import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loginToken, withToken } from './helpers.ts';
import { assertInvalid, EMAIL, type Flags, PROBE, useUsersSandbox } from './users.helpers.ts';

describe('Users self-service: Email', () => {
  const { app, call, loginJson, setFlag } = useUsersSandbox();

  it('PUT Email stores the trimmed address, clears the flag, shows it at the next login', async () => {
    setFlag('merchant', 'change_email_required');
    const token = await loginToken(app(), 'merchant');
    assert.equal((await withToken(app(), 'GET', token, PROBE)).statusCode, 403);
    const response = await call('PUT', EMAIL, token, {
      primary_email: '  morgan.new@shop.example.com ',
    });
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json() as { account_flags: Flags; primary_email: string };
    assert.equal(body.primary_email, 'morgan.new@shop.example.com');
    assert.equal(body.account_flags.change_email_required, false);
    const next = await loginJson('merchant');
    assert.equal(next.user.primary_email, 'morgan.new@shop.example.com');
    assert.equal(next.user.account_flags.change_email_required, false);
    assert.equal((await withToken(app(), 'GET', token, PROBE)).statusCode, 200);
  });

  it('PUT Email validates the address (400 primary_email)', async () => {
    const token = await loginToken(app(), 'merchant');
    const invalid = [
      'no-at.example.com',
      'two@@example.com',
      'a@b@example.com',
      'with space@example.com',
      'nodot@localhost',
      'dot@example.',
      'a@',
      '   ',
      `${'x'.repeat(245)}@example.com`,
    ];
    for (const primary_email of invalid) {
      assertInvalid(await call('PUT', EMAIL, token, { primary_email }), 'primary_email');
    }
    assertInvalid(await call('PUT', EMAIL, token, { primary_email: 42 }), 'primary_email');
    assertInvalid(await call('PUT', EMAIL, token, {}), 'primary_email');
    assert.equal((await loginJson('merchant')).user.primary_email, 'merchant@example.com');
  });
});
