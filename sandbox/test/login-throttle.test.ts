import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { LoginThrottle } from '../auth/login-throttle.ts';
import { Clock } from '../clock.ts';
import { ApiError } from '../http/errors.ts';
import { advanceClock, AUTH_URL, DEMO_PASSWORD, errorOf, headers, useServer } from './helpers.ts';

/** A promise the test settles by hand: no real waits, no timing. */
function deferred(): { promise: Promise<string>; resolve: (value: string) => void } {
  let resolve!: (value: string) => void;
  const promise = new Promise<string>((r) => (resolve = r));
  return { promise, resolve };
}

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

async function tooMany(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => assert.fail('expected a 429'),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof ApiError, String(error));
  assert.equal(error.status, 429);
  assert.equal(error.code, 'too_many_requests');
  return error.headers['retry-after'] ?? '';
}

describe('login throttle (issue 15, item 2)', () => {
  it('runs at most `concurrency` checks at once, queues the next in order, refuses past the queue', async () => {
    const throttle = new LoginThrottle(new Clock(), { concurrency: 2, queue: 2 });
    const work = Array.from({ length: 4 }, deferred);
    const started: number[] = [];
    const results = work.map((w, i) =>
      throttle.check(() => {
        started.push(i);
        return w.promise;
      }),
    );
    await settle();
    assert.deepEqual(started, [0, 1]);
    assert.deepEqual(throttle.load, { running: 2, waiting: 2 });
    assert.equal(await tooMany(throttle.check(async () => 'fifth')), '2');

    work[1]!.resolve('b');
    await settle();
    assert.deepEqual(started, [0, 1, 2], 'the oldest waiting check takes the freed slot');
    for (const w of work) w.resolve('done');
    assert.deepEqual(await Promise.all(results), ['done', 'b', 'done', 'done']);
    assert.deepEqual(throttle.load, { running: 0, waiting: 0 });
  });

  it('gives one address at most `perClient` attempts in progress; others are not affected', async () => {
    const throttle = new LoginThrottle(new Clock(), { perClient: 2 });
    const work = [deferred(), deferred()];
    const running = work.map((w) => throttle.admit('10.0.0.1', () => w.promise));
    await tooMany(throttle.admit('10.0.0.1', async () => 'third'));
    assert.equal(await throttle.admit('10.0.0.2', async () => 'other'), 'other');
    work[0]!.resolve('first');
    assert.equal(await running[0], 'first');
    assert.equal(await throttle.admit('10.0.0.1', async () => 'again'), 'again');
    work[1]!.resolve('second');
    await running[1];
  });

  it('counts failures per address in a window of sandbox time', async () => {
    const clock = new Clock();
    const throttle = new LoginThrottle(clock, { failuresPerClient: 2, failureWindowMs: 60_000 });
    throttle.recordFailure('10.0.0.1');
    clock.advance(10_000);
    throttle.recordFailure('10.0.0.1');
    assert.equal(await tooMany(throttle.admit('10.0.0.1', async () => 'x')), '50');
    assert.equal(await throttle.admit('10.0.0.2', async () => 'y'), 'y');
    clock.advance(50_000);
    assert.equal(await throttle.admit('10.0.0.1', async () => 'z'), 'z');
  });
});

describe('sign-in rate limit per address (HTTP)', () => {
  const app = useServer({ loginThrottle: { failuresPerClient: 5 } });
  beforeEach(async () => {
    await app().inject({ method: 'POST', url: '/__sandbox/reset', headers: headers() });
  });

  const attempt = (remoteAddress: string, userName: string, password: string) =>
    app().inject({
      method: 'POST',
      url: AUTH_URL,
      remoteAddress,
      headers: headers(),
      payload: JSON.stringify({ user_name: userName, password }),
    });

  it('a password sprayed over many names: 5 checked, then 429 + Retry-After, the error JSON', async () => {
    const spray = [];
    for (let i = 0; i < 8; i++) spray.push(await attempt('10.9.9.9', `name${i}`, 'Spring2026!'));
    assert.deepEqual(
      spray.map((response) => response.statusCode),
      [401, 401, 401, 401, 401, 429, 429, 429],
    );
    const refused = spray[5]!;
    assert.deepEqual(refused.json(), {
      error: { code: 'too_many_requests', message: 'Too many requests. Please slow down.' },
    });
    const retryAfter = Number(refused.headers['retry-after']);
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60, `${retryAfter}`);

    // Even the right password is not checked from that address, but others sign in as usual.
    assert.equal((await attempt('10.9.9.9', 'merchant', DEMO_PASSWORD)).statusCode, 429);
    assert.equal((await attempt('10.1.1.1', 'merchant', DEMO_PASSWORD)).statusCode, 200);
    await advanceClock(app(), 61);
    assert.equal((await attempt('10.9.9.9', 'merchant', DEMO_PASSWORD)).statusCode, 200);
  });

  it('POST /__sandbox/reset forgets the counts', async () => {
    for (let i = 0; i < 5; i++) await attempt('10.9.9.8', `ghost${i}`, 'nope');
    assert.equal(errorOf(await attempt('10.9.9.8', 'merchant', 'x')).code, 'too_many_requests');
    await app().inject({ method: 'POST', url: '/__sandbox/reset', headers: headers() });
    assert.equal((await attempt('10.9.9.8', 'merchant', DEMO_PASSWORD)).statusCode, 200);
  });
});
