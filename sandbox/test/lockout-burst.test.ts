import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import type { LightMyRequestResponse } from 'fastify';
import { Clock } from '../clock.ts';
import {
  advanceClock,
  assertError,
  AUTH_URL,
  DEMO_PASSWORD,
  headers,
  loginToken,
  useServer,
  withToken,
} from './helpers.ts';

/**
 * Issue 15, item 1: parallel guesses are decided one at a time per user name, so a burst of any
 * size checks at most `failed_attempts_limit` passwords and the right one inside it gives nothing
 * away once the name is locked. Sent on every `npm test` run.
 */
/** Time stands still unless a test moves it: every 423 of one burst has the same Retry-After. */
class StillClock extends Clock {
  readonly #start = Date.now();
  override now(): number {
    return this.#start + this.offsetMs;
  }
}

describe('lockout under a burst of concurrent guesses', () => {
  const app = useServer({ clock: new StillClock() });
  beforeEach(async () => {
    await app().inject({ method: 'POST', url: '/__sandbox/reset', headers: headers() });
  });

  /** One sign-in from its own address (the per-address bounds are not what is tested here). */
  const attempt = (userName: string, password: string, index: number) =>
    app().inject({
      method: 'POST',
      url: AUTH_URL,
      remoteAddress: `10.15.${Math.floor(index / 250)}.${(index % 250) + 1}`,
      headers: headers(),
      payload: JSON.stringify({ user_name: userName, password }),
    });

  async function limitOf(userName: string): Promise<number> {
    const token = await loginToken(app(), userName);
    const response = await withToken(app(), 'GET', token, '/WSAPI/Users/Configuration');
    const configuration = (response.json() as { configuration: Record<string, unknown> })
      .configuration;
    const limit = Number(configuration['security.account_locking.failed_attempts_limit']);
    assert.ok(Number.isInteger(limit) && limit >= 1, `limit ${limit}`);
    return limit;
  }

  const summary = (responses: LightMyRequestResponse[]) =>
    responses.reduce<Record<number, number>>((counts, response) => {
      counts[response.statusCode] = (counts[response.statusCode] ?? 0) + 1;
      return counts;
    }, {});

  for (const size of [30, 300]) {
    it(`${size} parallel wrong passwords check only the limit's worth, then 423`, async () => {
      const limit = await limitOf('canada');
      const responses = await Promise.all(
        Array.from({ length: size }, (_, i) => attempt('canada', `wrong guess ${i}`, i)),
      );
      assert.deepEqual(summary(responses), { 401: limit - 1, 423: size - limit + 1 });
      // Only the first limit − 1 in arrival order were told "wrong": their order is the order sent.
      for (const [index, response] of responses.entries()) {
        assert.equal(response.statusCode, index < limit - 1 ? 401 : 423, `attempt ${index}`);
      }
    });
  }

  it('answers the right password inside a burst exactly like the wrong ones once locked', async () => {
    const limit = await limitOf('canada');
    const rightAt = 17;
    const responses = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        attempt('canada', i === rightAt ? DEMO_PASSWORD : `wrong guess ${i}`, i),
      ),
    );
    const right = responses[rightAt]!;
    assert.ok(rightAt >= limit, 'the right password comes after the lock');
    assertError(right, 423, 'account_locked');
    const answer = (response: LightMyRequestResponse) => ({
      status: response.statusCode,
      body: response.body,
      retryAfter: response.headers['retry-after'],
      contentType: response.headers['content-type'],
    });
    for (const [index, wrong] of responses.entries()) {
      if (index < limit - 1 || index === rightAt) continue;
      assert.deepEqual(answer(wrong), answer(right), `attempt ${index}`);
    }
    await advanceClock(app(), 24 * 3600);
    assert.equal((await attempt('canada', DEMO_PASSWORD, 0)).statusCode, 200);
  });

  it('a right password before the limit still signs in, and clears the count', async () => {
    const limit = await limitOf('canada');
    const passwords = [
      ...Array.from({ length: limit - 1 }, (_, i) => `wrong ${i}`),
      DEMO_PASSWORD,
      ...Array.from({ length: limit - 1 }, (_, i) => `wrong again ${i}`),
    ];
    const responses = await Promise.all(passwords.map((p, i) => attempt('canada', p, i)));
    assert.deepEqual(
      responses.map((response) => response.statusCode),
      [...Array(limit - 1).fill(401), 200, ...Array(limit - 1).fill(401)],
    );
  });

  it('12 parallel wrong current passwords on a password change: limit − 1 × 400, then 423', async () => {
    const limit = await limitOf('canada');
    const token = await loginToken(app(), 'canada');
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        app().inject({
          method: 'PUT',
          url: '/WSAPI/Users/Password',
          headers: headers({ 'X-Roam-Token': token }),
          payload: { current_password: `wrong ${i}`, new_password: 'Another-long-pass-1' },
        }),
      ),
    );
    assert.deepEqual(summary(responses), { 400: limit - 1, 423: 12 - limit + 1 });
  });
});
