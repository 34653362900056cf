import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  advanceClock,
  assertError,
  AUTH_URL,
  errorOf,
  fixture,
  headers,
  login,
  loginToken,
  parseVendorTimestamp,
  shapeOf,
  useServer,
  withToken,
} from './helpers.ts';

interface SessionJson {
  session: { expires: string; session_token: string };
}

const MINUTE = 60_000;

function assertInvalidSession(response: Awaited<ReturnType<typeof withToken>>): void {
  assert.equal(response.statusCode, 401);
  assert.deepEqual(response.json(), {
    error: { code: 'invalid_session', message: errorOf(response).message },
  });
}

describe('sessions: refresh (PUT), expiry, logout (DELETE)', () => {
  const app = useServer({}, (server) => {
    const ok = async () => ({ ok: true });
    server.get('/WSAPI/TestProbe', { config: { wsapi: true, access: { session: true } } }, ok);
    server.get(
      '/WSAPI/TestSelfService',
      { config: { wsapi: true, access: { session: true, allowWithAccountActionRequired: true } } },
      ok,
    );
    server.get(
      '/WSAPI/TestVirtualTerminal',
      {
        config: {
          wsapi: true,
          access: { session: true, flags: ['component.access.virtual_terminal'] },
        },
      },
      ok,
    );
    server.get(
      '/WSAPI/TestAdmin',
      { config: { wsapi: true, access: { session: true, roles: ['admin'] } } },
      ok,
    );
  });

  /** The status of a GET of `url` with `token`. */
  const statusOf = async (token: string, url: string) =>
    (await withToken(app(), 'GET', token, url)).statusCode;

  it('refresh keeps the token, pushes expires to now + 15 min, answers the short shape', async () => {
    const token = await loginToken(app());
    await advanceClock(app(), 10 * 60);
    const response = await withToken(app(), 'PUT', token);
    assert.equal(response.statusCode, 200);
    const body = response.json() as SessionJson;
    assert.deepEqual(shapeOf(body), shapeOf(fixture('refresh-response.json')));
    assert.equal(body.session.session_token, token);
    const expected = app().sandbox.clock.now() + 15 * MINUTE;
    assert.ok(Math.abs(parseVendorTimestamp(body.session.expires) - expected) <= 2000);
    assert.equal(response.headers['cache-control'], 'no-store');
  });

  it('accepts PUT and DELETE with Content-Type and an explicitly empty body', async () => {
    const token = await loginToken(app());
    const put = await withToken(app(), 'PUT', token, AUTH_URL, { 'Content-Length': '0' });
    assert.equal(put.statusCode, 200);
    const del = await withToken(app(), 'DELETE', token, AUTH_URL, { 'Content-Length': '0' });
    assert.equal(del.statusCode, 200);
  });

  it('refuses a missing or unknown token with 401 invalid_session', async () => {
    const missing = await app().inject({ method: 'PUT', url: AUTH_URL, headers: headers() });
    assertInvalidSession(missing);
    assertInvalidSession(await withToken(app(), 'PUT', 'MCM6-fd55c7-7429-447c-9918-c80162574cdb'));
  });

  it('expires an idle session after 15 minutes (server clock)', async () => {
    const token = await loginToken(app());
    await advanceClock(app(), 14 * 60);
    assert.equal((await withToken(app(), 'PUT', token)).statusCode, 200);
    await advanceClock(app(), 15 * 60 + 1);
    assertInvalidSession(await withToken(app(), 'PUT', token));
    assertInvalidSession(await withToken(app(), 'DELETE', token));
  });

  it('ends every session 8 hours after login, even when refreshed every 10 minutes', async () => {
    const login8h = await login(app());
    const token = (login8h.json() as SessionJson).session.session_token;
    const loggedInAt = app().sandbox.clock.now();
    let last: SessionJson | undefined;
    for (let minute = 10; minute < 8 * 60; minute += 10) {
      await advanceClock(app(), 10 * 60);
      const response = await withToken(app(), 'PUT', token);
      assert.equal(response.statusCode, 200, `refresh at ${minute} min`);
      last = response.json() as SessionJson;
    }
    const cap = loggedInAt + 8 * 60 * MINUTE;
    assert.ok(
      Math.abs(parseVendorTimestamp(last!.session.expires) - cap) <= 2000,
      'the last expiry is the cap',
    );
    await advanceClock(app(), 10 * 60);
    assertInvalidSession(await withToken(app(), 'PUT', token));
  });

  it('logout answers 200 with an empty body and kills the token server-side', async () => {
    const token = await loginToken(app());
    const response = await withToken(app(), 'DELETE', token);
    assert.equal(response.statusCode, 200);
    assert.equal(response.body, '');
    assert.equal(response.headers['cache-control'], 'no-store');
    assertInvalidSession(await withToken(app(), 'PUT', token));
    assertInvalidSession(await withToken(app(), 'DELETE', token));
  });

  it('gates other routes while an account action is required (403 account_action_required)', async () => {
    const newuser = await loginToken(app(), 'newuser');
    const gated = await withToken(app(), 'GET', newuser, '/WSAPI/TestProbe');
    assertError(gated, 403, 'account_action_required');
    assert.equal(await statusOf(newuser, '/WSAPI/TestSelfService'), 200);
    assert.equal((await withToken(app(), 'PUT', newuser)).statusCode, 200, 'refresh stays allowed');
    const merchant = await loginToken(app(), 'merchant');
    assert.equal(await statusOf(merchant, '/WSAPI/TestProbe'), 200);
    assertInvalidSession(
      await app().inject({ method: 'GET', url: '/WSAPI/TestProbe', headers: headers() }),
    );
  });

  it('enforces configuration flags and roles declared on a route (403 forbidden)', async () => {
    const clerk = await loginToken(app(), 'clerk');
    const merchant = await loginToken(app(), 'merchant');
    const admin = await loginToken(app(), 'admin');
    const clerkVt = await withToken(app(), 'GET', clerk, '/WSAPI/TestVirtualTerminal');
    assertError(clerkVt, 403, 'forbidden');
    assert.equal(await statusOf(merchant, '/WSAPI/TestVirtualTerminal'), 200);
    assert.equal(await statusOf(merchant, '/WSAPI/TestAdmin'), 403);
    assert.equal(await statusOf(admin, '/WSAPI/TestAdmin'), 200);
  });
});
