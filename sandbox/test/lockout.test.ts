import assert from 'node:assert/strict';
import { after, beforeEach, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import {
  advanceClock,
  assertError,
  DEMO_PASSWORD,
  login,
  loginToken,
  testServer,
  withToken,
} from './helpers.ts';

describe('lockout (CONTRACT §3: 3 failures / "30" min memory / 2 min lock)', () => {
  let app: FastifyInstance | undefined;
  beforeEach(async () => {
    await app?.close();
    app = await testServer();
  });
  after(() => app?.close());

  const fail = (name = 'merchant') => login(app!, name, 'wrong password');

  function assertLocked(response: Awaited<ReturnType<typeof login>>, maxSeconds = 120): void {
    assertError(response, 423, 'account_locked');
    const retryAfter = Number(response.headers['retry-after']);
    assert.ok(
      Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= maxSeconds,
      `Retry-After ${retryAfter}`,
    );
  }

  it('locks on the third failure, refuses the right password while locked, unlocks after 2 minutes', async () => {
    assert.equal((await fail()).statusCode, 401);
    assert.equal((await fail()).statusCode, 401);
    const third = await fail();
    assertLocked(third);
    assert.equal(third.headers['retry-after'], '120');
    assertLocked(await login(app!, 'merchant', DEMO_PASSWORD));
    await advanceClock(app!, 119);
    assertLocked(await login(app!, 'merchant', DEMO_PASSWORD), 1);
    await advanceClock(app!, 2);
    assert.equal((await login(app!, 'merchant', DEMO_PASSWORD)).statusCode, 200);
  });

  it('does not extend the lock with attempts made while locked', async () => {
    for (let i = 0; i < 3; i++) await fail();
    await advanceClock(app!, 60);
    const during = await fail();
    assertLocked(during, 60);
    await advanceClock(app!, 61);
    assert.equal((await login(app!, 'merchant', DEMO_PASSWORD)).statusCode, 200);
  });

  it('forgets failures older than count_memory (30 minutes)', async () => {
    await fail();
    await fail();
    await advanceClock(app!, 30 * 60 + 1);
    assert.equal((await fail()).statusCode, 401, 'old failures no longer count');
    assert.equal((await fail()).statusCode, 401);
    assertLocked(await fail());
  });

  it('resets the count after a successful login', async () => {
    await fail();
    await fail();
    assert.equal((await login(app!, 'merchant', DEMO_PASSWORD)).statusCode, 200);
    assert.equal((await fail()).statusCode, 401);
    assert.equal((await fail()).statusCode, 401);
    assertLocked(await fail());
  });

  it('refuses a user locked by an administrator (423, no Retry-After) and ends their sessions', async () => {
    const token = await loginToken(app!, 'clerk');
    app!.sandbox.db.prepare("UPDATE users SET locked = 1 WHERE user_name_norm = 'clerk'").run();
    const response = await login(app!, 'clerk', DEMO_PASSWORD);
    assertError(response, 423, 'account_locked');
    assert.equal(response.headers['retry-after'], undefined);
    assert.equal((await withToken(app!, 'PUT', token)).statusCode, 401);
    assert.equal(
      (await login(app!, 'clerk', 'wrong')).statusCode,
      401,
      'a wrong password still says only that',
    );
  });

  it('counts per normalised name, and locks unknown names the same way', async () => {
    await fail('Merchant');
    await fail(' MERCHANT ');
    assertLocked(await fail('merchant'));
    assert.equal(
      (await login(app!, 'clerk', DEMO_PASSWORD)).statusCode,
      200,
      'other names unaffected',
    );

    assert.equal((await fail('ghost')).statusCode, 401);
    assert.equal((await fail('Ghost')).statusCode, 401);
    const ghost = await fail('GHOST ');
    const real = await login(app!, 'merchant', 'wrong again');
    assert.equal(ghost.statusCode, 423);
    assert.deepEqual(
      ghost.json(),
      real.json(),
      'a locked unknown name looks like a locked real one',
    );
  });
});
