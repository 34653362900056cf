import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newPasswordProblem } from '../auth/password-change.ts';
import { assertError, DEMO_PASSWORD, login, loginToken, withToken } from './helpers.ts';
import {
  assertInvalid,
  assertLocked,
  NEW_PASSWORD,
  PASSWORD,
  useUsersSandbox,
} from './users.helpers.ts';

describe('Users self-service: Password', () => {
  const { app, call } = useUsersSandbox();

  it('PUT Password rejects a wrong current password (400 current_password)', async () => {
    const token = await loginToken(app(), 'merchant');
    assertInvalid(
      await call('PUT', PASSWORD, token, {
        current_password: 'not it',
        new_password: NEW_PASSWORD,
      }),
      'current_password',
      'The current password is incorrect.',
    );
  });

  it('PUT Password enforces each new-password rule (400 new_password)', async () => {
    const token = await loginToken(app(), 'merchant');
    const cases: [string, string][] = [
      ['Short1pass', 'The new password must be 12 to 128 characters long.'],
      ['a1'.repeat(64) + 'x', 'The new password must be 12 to 128 characters long.'],
      [
        'onlyletters and spaces',
        'The new password must contain at least one letter and one digit.',
      ],
      ['1234567890123', 'The new password must contain at least one letter and one digit.'],
      ['My MERCHANT pass 1', 'The new password must not contain your user name.'],
    ];
    for (const [candidate, message] of cases) {
      assertInvalid(
        await call('PUT', PASSWORD, token, {
          current_password: DEMO_PASSWORD,
          new_password: candidate,
        }),
        'new_password',
        message,
      );
    }
    // The seed password is too short for the rules; a long current one shows the last rule.
    const longCurrent = 'Long current pass 2026';
    assert.equal(
      (
        await call('PUT', PASSWORD, token, {
          current_password: DEMO_PASSWORD,
          new_password: longCurrent,
        })
      ).statusCode,
      200,
    );
    assertInvalid(
      await call('PUT', PASSWORD, token, {
        current_password: longCurrent,
        new_password: longCurrent,
      }),
      'new_password',
      'The new password must be different from the current one.',
    );
    assert.equal(
      newPasswordProblem('merchant', 'Long current pass 2026', 'Long current pass 2027'),
      undefined,
    );
  });

  it('counts wrong current passwords toward the lockout: the third answers 423', async () => {
    const token = await loginToken(app(), 'merchant');
    const wrong = { current_password: 'wrong', new_password: NEW_PASSWORD };
    assertInvalid(await call('PUT', PASSWORD, token, wrong), 'current_password');
    assertInvalid(await call('PUT', PASSWORD, token, wrong), 'current_password');
    const third = await call('PUT', PASSWORD, token, wrong);
    assertLocked(third);
    assert.equal(third.headers['retry-after'], '120');
    assertLocked(
      await call('PUT', PASSWORD, token, {
        current_password: DEMO_PASSWORD,
        new_password: NEW_PASSWORD,
      }),
    );
    assertLocked(await login(app(), 'merchant', DEMO_PASSWORD));
  });

  it('a password change ends the other sessions only; the new password signs in, the old not', async () => {
    const caller = await loginToken(app(), 'merchant');
    const other = await loginToken(app(), 'merchant');
    const clerk = await loginToken(app(), 'clerk');
    const response = await call('PUT', PASSWORD, caller, {
      current_password: DEMO_PASSWORD,
      new_password: NEW_PASSWORD,
    });
    assert.equal(response.statusCode, 200, response.body);
    assert.deepEqual(Object.keys(response.json() as object), ['account_flags']);
    const otherRefresh = await withToken(app(), 'PUT', other);
    assertError(otherRefresh, 401, 'invalid_session');
    assert.equal((await withToken(app(), 'PUT', caller)).statusCode, 200);
    assert.equal((await withToken(app(), 'PUT', clerk)).statusCode, 200, 'other users untouched');
    assert.equal((await login(app(), 'merchant', NEW_PASSWORD)).statusCode, 200);
    assert.equal((await login(app(), 'merchant', DEMO_PASSWORD)).statusCode, 401);
  });
});
