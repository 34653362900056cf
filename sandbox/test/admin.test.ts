import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { AVAILABILITY_LIMIT_PER_MINUTE } from '../resources/user-name-availability.ts';
import { advanceClock, errorOf, headers, login, loginToken, testServer } from './helpers.ts';

const TEMP_PASSWORD = 'Welcome2026temp';

describe('Admin area', () => {
  let app: FastifyInstance;
  before(async () => {
    app = await testServer();
  });
  after(() => app.close());
  beforeEach(async () => {
    const reset = await app.inject({ method: 'POST', url: '/__sandbox/reset' });
    assert.equal(reset.statusCode, 200);
  });

  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    token?: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse> =>
    app.inject({
      method,
      url,
      headers: headers(token ? { 'X-Roam-Token': token } : {}),
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });

  const orgIds = (response: LightMyRequestResponse) =>
    (response.json() as { organizations: { organization_id: string }[] }).organizations.map(
      (org) => org.organization_id,
    );

  const newUser = (userName: string, extra: Record<string, unknown> = {}) => ({
    user_name: userName,
    temporary_password: TEMP_PASSWORD,
    first_name: 'Terry',
    last_name: 'Temp',
    primary_email: `${userName}@example.com`,
    ...extra,
  });

  const userIdOf = async (token: string, orgId: string, userName: string) => {
    const list = (await call('GET', `/WSAPI/Organizations/${orgId}/Users`, token)).json() as {
      users: { user_id: number; user_name: string }[];
    };
    const user = list.users.find((u) => u.user_name === userName);
    assert.ok(user, `${userName} in org ${orgId}`);
    return user.user_id;
  };

  describe('roles', () => {
    const adminUrls = [
      ['GET', '/WSAPI/Organizations'],
      ['GET', '/WSAPI/Organizations/8'],
      ['GET', '/WSAPI/Organizations/8/Users'],
      ['POST', '/WSAPI/Organizations/8/Users'],
      ['POST', '/WSAPI/Organizations/8/Users/2/Lock'],
      ['POST', '/WSAPI/Organizations/8/Users/2/Unlock'],
      ['POST', '/WSAPI/Organizations/8/Users/2/EndSessions'],
      ['GET', '/WSAPI/Users/Availability?user_name=someone'],
      ['GET', '/WSAPI/AuditLog'],
    ] as const;

    it('answers 403 forbidden to a merchant and a clerk on every admin endpoint', async () => {
      for (const userName of ['merchant', 'clerk']) {
        const token = await loginToken(app, userName);
        for (const [method, url] of adminUrls) {
          const response = await call(method, url, token, method === 'POST' ? {} : undefined);
          assert.equal(response.statusCode, 403, `${userName} ${method} ${url}`);
          assert.equal(errorOf(response).code, 'forbidden');
        }
      }
    });

    it('answers 401 without a session', async () => {
      for (const [method, url] of adminUrls) {
        const response = await call(method, url, undefined, method === 'POST' ? {} : undefined);
        assert.equal(response.statusCode, 401, `${method} ${url}`);
      }
    });
  });

  describe('scope and organizations', () => {
    it('admin sees its own organization and its submerchant only', async () => {
      const token = await loginToken(app, 'admin');
      const list = await call('GET', '/WSAPI/Organizations', token);
      assert.equal(list.statusCode, 200);
      assert.deepEqual(orgIds(list), ['20', '21']);
      const body = list.json() as Record<string, unknown>;
      assert.equal(body['total_count'], 2);
      assert.equal(body['page'], 1);

      const detail = await call('GET', '/WSAPI/Organizations/21', token);
      assert.equal(detail.statusCode, 200);
      const org = detail.json() as Record<string, unknown>;
      assert.equal(org['organization_id'], '21');
      assert.equal(org['chain_id'], '700');
      assert.equal(org['store_id'], '2');
      assert.equal(org['terminal_id'], '1');
      assert.equal(org['status'], 'active');
      assert.deepEqual(org['parent'], { organization_id: '20', name: 'Demo Parent Merchant' });
      assert.equal((org['processor'] as { name: string }).name, 'Vantiv');

      for (const outside of ['1', '8', '30', '999']) {
        const response = await call('GET', `/WSAPI/Organizations/${outside}`, token);
        assert.equal(response.statusCode, 404, outside);
        assert.equal(errorOf(response).code, 'not_found');
        const users = await call('GET', `/WSAPI/Organizations/${outside}/Users`, token);
        assert.equal(users.statusCode, 404, outside);
      }
    });

    it('admin loses the submerchant when allow_submerchants is off for its organization', async () => {
      app.sandbox.db
        .prepare(
          `UPDATE organizations SET configuration = json_set(configuration, '$."account.permissions.allow_submerchants"', json('false')) WHERE id = '20'`,
        )
        .run();
      const token = await loginToken(app, 'admin');
      assert.deepEqual(orgIds(await call('GET', '/WSAPI/Organizations', token)), ['20']);
      assert.equal((await call('GET', '/WSAPI/Organizations/21', token)).statusCode, 404);
    });

    it('sysadmin sees every organization, with search and paging', async () => {
      const token = await loginToken(app, 'sysadmin');
      const all = await call('GET', '/WSAPI/Organizations', token);
      assert.deepEqual(orgIds(all), ['1', '8', '20', '21', '30']);

      const search = await call('GET', '/WSAPI/Organizations?q=canad', token);
      assert.deepEqual(orgIds(search), ['30']);
      const byChain = await call('GET', '/WSAPI/Organizations?q=700', token);
      assert.deepEqual(orgIds(byChain), ['20', '21']);

      const page2 = await call('GET', '/WSAPI/Organizations?page=2&page_size=2', token);
      assert.deepEqual(orgIds(page2), ['20', '21']);
      const body = page2.json() as Record<string, unknown>;
      assert.equal(body['total_count'], 5);
      assert.equal(body['total_pages'], 3);

      assert.equal((await call('GET', '/WSAPI/Organizations/8', token)).statusCode, 200);
      const bad = await call('GET', '/WSAPI/Organizations?page_size=0', token);
      assert.equal(bad.statusCode, 400);
      const unknown = await call('GET', '/WSAPI/Organizations?color=red', token);
      assert.equal(unknown.statusCode, 400);
    });

    it('admin search stays in scope', async () => {
      const token = await loginToken(app, 'admin');
      assert.deepEqual(orgIds(await call('GET', '/WSAPI/Organizations?q=merchant', token)), [
        '20',
        '21',
      ]);
    });
  });

  describe('users of an organization', () => {
    it('lists users without secrets', async () => {
      const token = await loginToken(app, 'sysadmin');
      const response = await call('GET', '/WSAPI/Organizations/8/Users', token);
      assert.equal(response.statusCode, 200);
      const body = response.json() as { users: Record<string, unknown>[]; total_count: number };
      assert.deepEqual(
        body.users.map((u) => u['user_name']),
        ['clerk', 'merchant', 'newuser'],
      );
      assert.equal(body.total_count, 3);
      assert.doesNotMatch(response.body, /password_hash|scrypt|testAnswer/);
    });

    it('creates a user who must change the password at first sign-in', async () => {
      const token = await loginToken(app, 'admin');
      const created = await call(
        'POST',
        '/WSAPI/Organizations/21/Users',
        token,
        newUser('Sub.Clerk'),
      );
      assert.equal(created.statusCode, 201);
      const { user } = created.json() as { user: Record<string, unknown> };
      assert.equal(user['user_name'], 'Sub.Clerk');
      assert.equal(user['organization_id'], '21');
      assert.equal(user['change_password_required'], true);
      assert.equal(user['locked'], false);
      assert.doesNotMatch(created.body, new RegExp(TEMP_PASSWORD));

      const signIn = await login(app, 'sub.clerk', TEMP_PASSWORD);
      assert.equal(signIn.statusCode, 200);
      const session = signIn.json() as {
        user: { account_flags: Record<string, boolean> };
        session: { session_token: string };
      };
      assert.equal(session.user.account_flags['change_password_required'], true);
      const newToken = session.session.session_token;
      const blocked = await call('GET', '/WSAPI/Merchants/Current', newToken);
      assert.equal(errorOf(blocked).code, 'account_action_required');
      const changed = await call('PUT', '/WSAPI/Users/Password', newToken, {
        current_password: TEMP_PASSWORD,
        new_password: 'MyOwnSecret2026',
      });
      assert.equal(changed.statusCode, 200);
      const current = await call('GET', '/WSAPI/Merchants/Current', newToken);
      assert.equal(current.statusCode, 200);
      assert.equal((current.json() as { organization_id: string }).organization_id, '21');
    });

    it('refuses a taken user name (case-insensitively), bad names and weak passwords', async () => {
      const token = await loginToken(app, 'admin');
      const url = '/WSAPI/Organizations/20/Users';
      const taken = await call('POST', url, token, newUser('MERCHANT'));
      assert.equal(taken.statusCode, 409);
      assert.equal(errorOf(taken).field, 'user_name');

      const badName = await call('POST', url, token, newUser('no spaces'));
      assert.equal(badName.statusCode, 400);
      assert.equal(errorOf(badName).field, 'user_name');

      for (const password of ['short1A', 'nodigitsatallhere', 'bobby.tables2026x']) {
        const weak = await call(
          'POST',
          url,
          token,
          newUser('bobby.tables', { temporary_password: password }),
        );
        assert.equal(weak.statusCode, 400, password);
        assert.equal(errorOf(weak).field, 'temporary_password');
      }

      const badEmail = await call('POST', url, token, newUser('okname', { primary_email: 'x' }));
      assert.equal(badEmail.statusCode, 400);
      assert.equal(errorOf(badEmail).field, 'primary_email');

      const extra = await call('POST', url, token, newUser('okname', { is_sys_admin: true }));
      assert.equal(extra.statusCode, 400);

      const outside = await call('POST', '/WSAPI/Organizations/8/Users', token, newUser('okname'));
      assert.equal(outside.statusCode, 404);
    });

    it('end sessions: the user’s tokens answer 401 right after', async () => {
      const adminToken = await loginToken(app, 'sysadmin');
      const first = await loginToken(app, 'clerk');
      const second = await loginToken(app, 'clerk');
      const clerkId = await userIdOf(adminToken, '8', 'clerk');
      const ended = await call(
        'POST',
        `/WSAPI/Organizations/8/Users/${clerkId}/EndSessions`,
        adminToken,
      );
      assert.equal(ended.statusCode, 200);
      assert.equal((ended.json() as { sessions_ended: number }).sessions_ended, 2);
      for (const token of [first, second]) {
        const response = await call('GET', '/WSAPI/Merchants/Current', token);
        assert.equal(response.statusCode, 401);
        assert.equal(errorOf(response).code, 'invalid_session');
      }
      // They can sign in again.
      assert.equal((await login(app, 'clerk')).statusCode, 200);
    });

    it('lock ends sessions and refuses sign-in; unlock allows it again', async () => {
      const adminToken = await loginToken(app, 'sysadmin');
      const clerkToken = await loginToken(app, 'clerk');
      const clerkId = await userIdOf(adminToken, '8', 'clerk');
      const locked = await call('POST', `/WSAPI/Organizations/8/Users/${clerkId}/Lock`, adminToken);
      assert.equal(locked.statusCode, 200);
      assert.equal((locked.json() as { user: { locked: boolean } }).user.locked, true);
      assert.equal((await call('GET', '/WSAPI/Merchants/Current', clerkToken)).statusCode, 401);
      const refused = await login(app, 'clerk');
      assert.equal(refused.statusCode, 423);

      const unlocked = await call(
        'POST',
        `/WSAPI/Organizations/8/Users/${clerkId}/Unlock`,
        adminToken,
      );
      assert.equal(unlocked.statusCode, 200);
      assert.equal((await login(app, 'clerk')).statusCode, 200);
    });

    it('refuses acting on oneself, users of another organization and unknown users', async () => {
      const adminToken = await loginToken(app, 'admin');
      const adminId = await userIdOf(adminToken, '20', 'admin');
      const self = await call('POST', `/WSAPI/Organizations/20/Users/${adminId}/Lock`, adminToken);
      assert.equal(self.statusCode, 409);

      const sysToken = await loginToken(app, 'sysadmin');
      const clerkId = await userIdOf(sysToken, '8', 'clerk');
      // The clerk exists, but not in org 20: 404, and org 8 is outside the admin's scope: 404.
      for (const url of [
        `/WSAPI/Organizations/20/Users/${clerkId}/Lock`,
        `/WSAPI/Organizations/8/Users/${clerkId}/Lock`,
        '/WSAPI/Organizations/20/Users/99999/Lock',
      ]) {
        assert.equal((await call('POST', url, adminToken)).statusCode, 404, url);
      }
      assert.equal((await login(app, 'clerk')).statusCode, 200);
    });
  });

  describe('system administrators’ accounts', () => {
    const SYS_ADMIN_ONLY =
      "Only a system administrator can change a system administrator's account.";
    // The seed has no system administrator inside `admin`'s scope: move `sysadmin` into org 20.
    const moveSysadminToOrg20 = () =>
      app.sandbox.db
        .prepare("UPDATE users SET organization_id = '20' WHERE user_name = 'sysadmin'")
        .run();

    it('an admin who is not a system administrator may not lock, unlock or end the sessions of one', async () => {
      moveSysadminToOrg20();
      const sysToken = await loginToken(app, 'sysadmin');
      const adminToken = await loginToken(app, 'admin');
      const sysId = await userIdOf(adminToken, '20', 'sysadmin');
      for (const action of ['Lock', 'Unlock', 'EndSessions']) {
        const response = await call(
          'POST',
          `/WSAPI/Organizations/20/Users/${sysId}/${action}`,
          adminToken,
        );
        assert.equal(response.statusCode, 403, action);
        assert.deepEqual(response.json(), {
          error: { code: 'forbidden', message: SYS_ADMIN_ONLY },
        });
      }
      // Nothing written: the session lives on, the account is not locked, no audit entry.
      assert.equal((await call('GET', '/WSAPI/Organizations', sysToken)).statusCode, 200);
      const row = app.sandbox.db
        .prepare(
          "SELECT locked, (SELECT COUNT(*) FROM sessions s WHERE s.user_id = u.id) AS sessions FROM users u WHERE user_name = 'sysadmin'",
        )
        .get() as { locked: number; sessions: number };
      assert.equal(row.locked, 0);
      assert.ok(row.sessions >= 1);
      assert.equal(
        Number(app.sandbox.db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()),
        0,
      );

      // Locked by other means, it stays locked: Unlock is refused too.
      app.sandbox.db.prepare("UPDATE users SET locked = 1 WHERE user_name = 'sysadmin'").run();
      const unlock = await call(
        'POST',
        `/WSAPI/Organizations/20/Users/${sysId}/Unlock`,
        adminToken,
      );
      assert.equal(unlock.statusCode, 403);
      assert.equal((await login(app, 'sysadmin')).statusCode, 423);
    });

    it('a system administrator may act on another system administrator', async () => {
      moveSysadminToOrg20();
      app.sandbox.db.prepare("UPDATE users SET is_sys_admin = 1 WHERE user_name = 'admin'").run();
      const adminToken = await loginToken(app, 'admin');
      const sysId = await userIdOf(adminToken, '20', 'sysadmin');
      for (const action of ['Lock', 'Unlock', 'EndSessions']) {
        const response = await call(
          'POST',
          `/WSAPI/Organizations/20/Users/${sysId}/${action}`,
          adminToken,
        );
        assert.equal(response.statusCode, 200, action);
      }
    });
  });

  describe('user-name availability', () => {
    it('answers available true/false, case-insensitively', async () => {
      const token = await loginToken(app, 'admin');
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
      const token = await loginToken(app, 'admin');
      const check = (t: string) => call('GET', '/WSAPI/Users/Availability?user_name=someone', t);
      for (let i = 0; i < AVAILABILITY_LIMIT_PER_MINUTE; i += 1) {
        assert.equal((await check(token)).statusCode, 200);
      }
      const limited = await check(token);
      assert.equal(limited.statusCode, 429);
      assert.equal(errorOf(limited).code, 'too_many_requests');
      const retryAfter = Number(limited.headers['retry-after']);
      assert.ok(retryAfter >= 1 && retryAfter <= 60, String(retryAfter));

      // Signing in again does not give the same user a new budget.
      const again = await loginToken(app, 'admin');
      assert.notEqual(again, token);
      const stillLimited = await check(again);
      assert.equal(stillLimited.statusCode, 429);
      assert.equal(errorOf(stillLimited).code, 'too_many_requests');

      // Another user has their own budget; the window slides on the sandbox clock.
      assert.equal((await check(await loginToken(app, 'sysadmin'))).statusCode, 200);
      await advanceClock(app, 61);
      const refreshed = await call('PUT', '/WSAPI/Authentication', token);
      assert.equal(refreshed.statusCode, 200);
      assert.equal((await check(token)).statusCode, 200);
      assert.equal((await check(again)).statusCode, 200);
    });

    it('starts the count over at POST /__sandbox/reset (user ids start over with the seed)', async () => {
      const check = (t: string) => call('GET', '/WSAPI/Users/Availability?user_name=someone', t);
      const token = await loginToken(app, 'admin');
      for (let i = 0; i < AVAILABILITY_LIMIT_PER_MINUTE; i += 1) await check(token);
      assert.equal((await check(token)).statusCode, 429);
      assert.equal((await app.inject({ method: 'POST', url: '/__sandbox/reset' })).statusCode, 200);
      assert.equal((await check(await loginToken(app, 'admin'))).statusCode, 200);
    });
  });

  describe('audit log', () => {
    it('records every admin action, scoped like organizations', async () => {
      const adminToken = await loginToken(app, 'admin');
      const created = await call(
        'POST',
        '/WSAPI/Organizations/21/Users',
        adminToken,
        newUser('audited'),
      );
      assert.equal(created.statusCode, 201);
      const userId = (created.json() as { user: { user_id: number } }).user.user_id;
      for (const action of ['Lock', 'Unlock', 'EndSessions']) {
        const response = await call(
          'POST',
          `/WSAPI/Organizations/21/Users/${userId}/${action}`,
          adminToken,
        );
        assert.equal(response.statusCode, 200, action);
      }
      const sysToken = await loginToken(app, 'sysadmin');
      const clerkId = await userIdOf(sysToken, '8', 'clerk');
      await call('POST', `/WSAPI/Organizations/8/Users/${clerkId}/EndSessions`, sysToken);

      const log = await call('GET', '/WSAPI/AuditLog', adminToken);
      assert.equal(log.statusCode, 200);
      const body = log.json() as {
        entries: {
          at: string;
          action: string;
          actor: { user_name: string };
          organization_id: string;
          target_user: { user_name: string } | null;
        }[];
        total_count: number;
      };
      // Newest first; the sysadmin's action on org 8 is outside the admin's scope.
      assert.deepEqual(
        body.entries.map((e) => e.action),
        ['user.end_sessions', 'user.unlock', 'user.lock', 'user.create'],
      );
      assert.equal(body.total_count, 4);
      for (const entry of body.entries) {
        assert.equal(entry.actor.user_name, 'admin');
        assert.equal(entry.organization_id, '21');
        assert.equal(entry.target_user?.user_name, 'audited');
        assert.match(entry.at, /^\d{14}$/);
      }

      const all = (await call('GET', '/WSAPI/AuditLog?page_size=1', sysToken)).json() as {
        entries: { action: string; organization_id: string; actor: { user_name: string } }[];
        total_count: number;
      };
      assert.equal(all.total_count, 5);
      assert.equal(all.entries.length, 1);
      assert.equal(all.entries[0]?.actor.user_name, 'sysadmin');
      assert.equal(all.entries[0]?.organization_id, '8');
    });

    it('writes nothing for a refused action', async () => {
      const token = await loginToken(app, 'admin');
      await call('POST', '/WSAPI/Organizations/20/Users', token, newUser('merchant'));
      const log = (await call('GET', '/WSAPI/AuditLog', token)).json() as { total_count: number };
      assert.equal(log.total_count, 0);
    });
  });
});
