import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import {
  advanceClock,
  assertError,
  AUTH_URL,
  CONTROL_HEADERS,
  DEMO_PASSWORD,
  errorOf,
  headers,
  login,
  loginToken,
  SEED_HEADERS,
  useServer,
  withToken,
} from './helpers.ts';

const GENERIC_500 = {
  error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' },
};

describe('test controls, faults and internal errors', () => {
  const app = useServer({}, (server) => {
    server.get('/WSAPI/TestBoom', { config: { wsapi: true } }, async () => {
      throw new Error(
        'SQLITE_ERROR: near "SELECT": syntax error in SELECT * FROM users at /work/main/sandbox/x.ts:1',
      );
    });
  });

  const addFault = (fault: Record<string, unknown>) =>
    app().inject({ method: 'POST', url: '/__sandbox/faults', payload: fault });

  it('never leaks a stack, SQL or path in a 500', async () => {
    const response = await app().inject({
      method: 'GET',
      url: '/WSAPI/TestBoom',
      headers: headers(),
    });
    assert.equal(response.statusCode, 500);
    assert.deepEqual(response.json(), GENERIC_500);
    assert.doesNotMatch(response.body, /SELECT|sqlite|\/work|\.ts|at /i);
  });

  it('moves and resets the clock', async () => {
    const before = (await app().inject({ method: 'GET', url: '/__sandbox/clock' })).json() as {
      offset_ms: number;
    };
    assert.equal(before.offset_ms, 0);
    await advanceClock(app(), 90);
    const moved = (await app().inject({ method: 'GET', url: '/__sandbox/clock' })).json() as {
      now: string;
      offset_ms: number;
    };
    assert.equal(moved.offset_ms, 90_000);
    assert.ok(Math.abs(Date.parse(moved.now) - app().sandbox.clock.now()) < 1000);
    const reset = await app().inject({
      method: 'POST',
      url: '/__sandbox/clock/reset',
      headers: CONTROL_HEADERS,
    });
    assert.equal((reset.json() as { offset_ms: number }).offset_ms, 0);
    const refused = await app().inject({
      method: 'POST',
      url: '/__sandbox/clock',
      payload: { advance_seconds: 'soon' },
    });
    assert.equal(refused.statusCode, 400);
    assert.equal(errorOf(refused).field, 'advance_seconds');
  });

  it('injects a status on the next N matching requests only', async () => {
    const token = await loginToken(app());
    const armed = await addFault({
      method: 'put',
      path: '/wsapi/authentication/',
      count: 2,
      status: 503,
    });
    assert.equal(armed.statusCode, 200);
    assert.equal((await login(app())).statusCode, 200, 'POST does not match');
    for (let i = 0; i < 2; i++) {
      const faulted = await withToken(app(), 'PUT', token);
      assertError(faulted, 503, 'unavailable');
      assert.equal(faulted.headers['x-content-type-options'], 'nosniff');
    }
    assert.equal((await withToken(app(), 'PUT', token)).statusCode, 200);

    await addFault({ method: 'POST', path: AUTH_URL, count: 1, status: 500 });
    const failed = await login(app());
    assert.equal(failed.statusCode, 500);
    assert.deepEqual(failed.json(), GENERIC_500);
  });

  it('injects latency before the request proceeds', async () => {
    await addFault({ method: 'POST', path: AUTH_URL, count: 1, latency_ms: 50 });
    const started = performance.now();
    const response = await login(app());
    assert.equal(response.statusCode, 200);
    assert.ok(performance.now() - started >= 45, 'took at least ~50 ms');
  });

  it('drops the connection', async () => {
    await app().listen({ port: 0, host: '127.0.0.1' });
    const { port } = app().server.address() as AddressInfo;
    await addFault({ method: 'POST', path: AUTH_URL, count: 1, drop: true });
    const request = () =>
      fetch(`http://127.0.0.1:${port}${AUTH_URL}`, {
        method: 'POST',
        headers: SEED_HEADERS,
        body: JSON.stringify({ user_name: 'merchant', password: DEMO_PASSWORD }),
      });
    await assert.rejects(request());
    assert.equal((await request()).status, 200, 'only the armed request is dropped');
  });

  it('lists and clears faults', async () => {
    await addFault({ method: '*', path: '/WSAPI/Authentication', count: 5, status: 429 });
    const listed = (await app().inject({ method: 'GET', url: '/__sandbox/faults' })).json() as {
      faults: unknown[];
    };
    assert.equal(listed.faults.length, 1);
    const cleared = await app().inject({
      method: 'DELETE',
      url: '/__sandbox/faults',
      headers: CONTROL_HEADERS,
    });
    assert.deepEqual(cleared.json(), { faults: [] });
    assert.equal((await login(app())).statusCode, 200);
    const useless = await addFault({ method: 'GET', path: '/x', count: 1 });
    assert.equal(useless.statusCode, 400);
  });

  it('resets the database to the seed, the clock to 0 and clears faults', async () => {
    const token = await loginToken(app());
    for (let i = 0; i < 3; i++) await login(app(), 'clerk', 'wrong');
    assert.equal((await login(app(), 'clerk')).statusCode, 423);
    await advanceClock(app(), 5);
    await addFault({ method: 'PUT', path: AUTH_URL, count: 3, status: 500 });

    const reset = await app().inject({
      method: 'POST',
      url: '/__sandbox/reset',
      headers: CONTROL_HEADERS,
    });
    assert.equal(reset.statusCode, 200);
    assert.equal(app().sandbox.clock.offsetMs, 0);
    assert.equal(app().sandbox.faults.list().length, 0);
    assert.equal((await withToken(app(), 'PUT', token)).statusCode, 401, 'sessions are gone');
    assert.equal((await login(app(), 'clerk')).statusCode, 200, 'lockouts are gone');
    const users = app().sandbox.db.prepare('SELECT COUNT(*) FROM users').pluck().get();
    assert.equal(users, 6);
  });
});

describe('without SANDBOX_TEST_CONTROLS', () => {
  const app = useServer({ testControls: false });

  for (const [method, url] of [
    ['POST', '/__sandbox/reset'],
    ['GET', '/__sandbox/clock'],
    ['POST', '/__sandbox/clock'],
    ['POST', '/__sandbox/faults'],
    ['DELETE', '/__sandbox/faults'],
    ['GET', '/__sandbox/requests'],
  ] as const) {
    it(`${method} ${url} → 404`, async () => {
      const response = await app().inject({
        method,
        url,
        payload: method === 'POST' ? {} : undefined,
      });
      assertError(response, 404, 'not_found');
    });
  }
});

describe('request log (test controls)', () => {
  const app = useServer();

  it('logs the Roam headers of WSAPI requests as received, and clears them on reset', async () => {
    await app().inject({ method: 'DELETE', url: '/__sandbox/requests', headers: CONTROL_HEADERS });
    await login(app(), 'merchant');
    await app().inject({ method: 'GET', url: '/__sandbox/clock' });
    const log = await app().inject({ method: 'GET', url: '/__sandbox/requests' });
    const { requests } = log.json() as {
      requests: { method: string; path: string; headers: Record<string, string> }[];
    };
    assert.equal(requests.length, 1);
    assert.equal(requests[0].method, 'POST');
    assert.equal(requests[0].path, AUTH_URL);
    assert.deepEqual(Object.keys(requests[0].headers).sort(), [
      'content-type',
      'x-roam-apiversion',
      'x-roam-clientversion',
      'x-roam-key',
    ]);
    await app().inject({ method: 'POST', url: '/__sandbox/reset', headers: CONTROL_HEADERS });
    const after = await app().inject({ method: 'GET', url: '/__sandbox/requests' });
    assert.deepEqual(after.json(), { requests: [] });
  });
});
