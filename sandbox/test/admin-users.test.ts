import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, errorOf, login, loginToken, useSeededServer } from './helpers.ts';
import { adminClient, newUser, TEMP_PASSWORD } from './admin-area.helpers.ts';

describe('Admin area: users of an organization', () => {
  const app = useSeededServer();
  const { call, userIdOf } = adminClient(app);

  it('lists users without secrets', async () => {
    const token = await loginToken(app(), 'sysadmin');
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
    const token = await loginToken(app(), 'admin');
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

    const signIn = await login(app(), 'sub.clerk', TEMP_PASSWORD);
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
    const token = await loginToken(app(), 'admin');
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
    const adminToken = await loginToken(app(), 'sysadmin');
    const first = await loginToken(app(), 'clerk');
    const second = await loginToken(app(), 'clerk');
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
      assertError(response, 401, 'invalid_session');
    }
    // They can sign in again.
    assert.equal((await login(app(), 'clerk')).statusCode, 200);
  });

  it('lock ends sessions and refuses sign-in; unlock allows it again', async () => {
    const adminToken = await loginToken(app(), 'sysadmin');
    const clerkToken = await loginToken(app(), 'clerk');
    const clerkId = await userIdOf(adminToken, '8', 'clerk');
    const locked = await call('POST', `/WSAPI/Organizations/8/Users/${clerkId}/Lock`, adminToken);
    assert.equal(locked.statusCode, 200);
    assert.equal((locked.json() as { user: { locked: boolean } }).user.locked, true);
    assert.equal((await call('GET', '/WSAPI/Merchants/Current', clerkToken)).statusCode, 401);
    const refused = await login(app(), 'clerk');
    assert.equal(refused.statusCode, 423);

    const unlocked = await call(
      'POST',
      `/WSAPI/Organizations/8/Users/${clerkId}/Unlock`,
      adminToken,
    );
    assert.equal(unlocked.statusCode, 200);
    assert.equal((await login(app(), 'clerk')).statusCode, 200);
  });

  it('refuses acting on oneself, users of another organization and unknown users', async () => {
    const adminToken = await loginToken(app(), 'admin');
    const adminId = await userIdOf(adminToken, '20', 'admin');
    const self = await call('POST', `/WSAPI/Organizations/20/Users/${adminId}/Lock`, adminToken);
    assert.equal(self.statusCode, 409);

    const sysToken = await loginToken(app(), 'sysadmin');
    const clerkId = await userIdOf(sysToken, '8', 'clerk');
    // The clerk exists, but not in org 20: 404, and org 8 is outside the admin's scope: 404.
    for (const url of [
      `/WSAPI/Organizations/20/Users/${clerkId}/Lock`,
      `/WSAPI/Organizations/8/Users/${clerkId}/Lock`,
      '/WSAPI/Organizations/20/Users/99999/Lock',
    ]) {
      assert.equal((await call('POST', url, adminToken)).statusCode, 404, url);
    }
    assert.equal((await login(app(), 'clerk')).statusCode, 200);
  });
});
