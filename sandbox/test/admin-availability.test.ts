import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AVAILABILITY_LIMIT_PER_MINUTE } from '../resources/user-name-availability.ts';
import {
  advanceClock,
  assertError,
  CONTROL_HEADERS,
  loginToken,
  useSeededServer,
} from './helpers.ts';
import { adminClient } from './admin-area.helpers.ts';

describe('Admin area: user-name availability', () => {
  const app = useSeededServer();
  const { call } = adminClient(app);

  it('answers available true/false, case-insensitively', async () => {
    const token = await loginToken(app(), 'admin');
    const taken = await call('GET', '/WSAPI/Users/Availability?user_name=Merchant', token);
    assert.equal(taken.statusCode, 200);
    assert.deepEqual(taken.json(), { available: false });
    const free = await call('GET', '/WSAPI/Users/Availability?user_name=brand.new', token);
    assert.deepEqual(free.json(), { available: true });
    const bad = await call('GET', '/WSAPI/Users/Availability?user_name=a%20b', token);
    assert.equal(bad.statusCode, 400);
    const missing = await call('GET', '/WSAPI/Users/Availability', token);
    assert.equal(missing.statusCode, 400);
  });

  it(`is rate-limited to ${AVAILABILITY_LIMIT_PER_MINUTE} per minute per user`, async () => {
    const token = await loginToken(app(), 'admin');
    const check = (t: string) => call('GET', '/WSAPI/Users/Availability?user_name=someone', t);
    for (let i = 0; i < AVAILABILITY_LIMIT_PER_MINUTE; i += 1) {
      assert.equal((await check(token)).statusCode, 200);
    }
    const limited = await check(token);
    assertError(limited, 429, 'too_many_requests');
    const retryAfter = Number(limited.headers['retry-after']);
    assert.ok(retryAfter >= 1 && retryAfter <= 60, String(retryAfter));

    // Signing in again does not give the same user a new budget.
    const again = await loginToken(app(), 'admin');
    assert.notEqual(again, token);
    const stillLimited = await check(again);
    assertError(stillLimited, 429, 'too_many_requests');

    // Another user has their own budget; the window slides on the sandbox clock.
    assert.equal((await check(await loginToken(app(), 'sysadmin'))).statusCode, 200);
    await advanceClock(app(), 61);
    const refreshed = await call('PUT', '/WSAPI/Authentication', token);
    assert.equal(refreshed.statusCode, 200);
    assert.equal((await check(token)).statusCode, 200);
    assert.equal((await check(again)).statusCode, 200);
  });

  it('starts the count over at POST /__sandbox/reset (user ids start over with the seed)', async () => {
    const check = (t: string) => call('GET', '/WSAPI/Users/Availability?user_name=someone', t);
    const token = await loginToken(app(), 'admin');
    for (let i = 0; i < AVAILABILITY_LIMIT_PER_MINUTE; i += 1) await check(token);
    assert.equal((await check(token)).statusCode, 429);
    assert.equal(
      (await app().inject({ method: 'POST', url: '/__sandbox/reset', headers: CONTROL_HEADERS }))
        .statusCode,
      200,
    );
    assert.equal((await check(await loginToken(app(), 'admin'))).statusCode, 200);
  });
});
