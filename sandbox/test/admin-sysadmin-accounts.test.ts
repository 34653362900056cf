import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { login, loginToken, useSeededServer } from './helpers.ts';
import { adminClient } from './admin-area.helpers.ts';

describe('Admin area: system administrators’ accounts', () => {
  const app = useSeededServer();
  const { call, userIdOf } = adminClient(app);

  const SYS_ADMIN_ONLY = "Only a system administrator can change a system administrator's account.";
  // The seed has no system administrator inside `admin`'s scope: move `sysadmin` into org 20.
  const moveSysadminToOrg20 = () =>
    app()
      .sandbox.db.prepare("UPDATE users SET organization_id = '20' WHERE user_name = 'sysadmin'")
      .run();
  /** Lock, Unlock or EndSessions on a user of org 20. */
  const act = (userId: number, action: string, token: string) =>
    call('POST', `/WSAPI/Organizations/20/Users/${userId}/${action}`, token);

  it('an admin who is not a system administrator may not lock, unlock or end the sessions of one', async () => {
    moveSysadminToOrg20();
    const sysToken = await loginToken(app(), 'sysadmin');
    const adminToken = await loginToken(app(), 'admin');
    const sysId = await userIdOf(adminToken, '20', 'sysadmin');
    for (const action of ['Lock', 'Unlock', 'EndSessions']) {
      const response = await act(sysId, action, adminToken);
      assert.equal(response.statusCode, 403, action);
      assert.deepEqual(response.json(), {
        error: { code: 'forbidden', message: SYS_ADMIN_ONLY },
      });
    }
    // Nothing written: the session lives on, the account is not locked, no audit entry.
    assert.equal((await call('GET', '/WSAPI/Organizations', sysToken)).statusCode, 200);
    const row = app()
      .sandbox.db.prepare(
        "SELECT locked, (SELECT COUNT(*) FROM sessions s WHERE s.user_id = u.id) AS sessions FROM users u WHERE user_name = 'sysadmin'",
      )
      .get() as { locked: number; sessions: number };
    assert.equal(row.locked, 0);
    assert.ok(row.sessions >= 1);
    assert.equal(
      Number(app().sandbox.db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get()),
      0,
    );

    // Locked by other means, it stays locked: Unlock is refused too.
    app().sandbox.db.prepare("UPDATE users SET locked = 1 WHERE user_name = 'sysadmin'").run();
    const unlock = await act(sysId, 'Unlock', adminToken);
    assert.equal(unlock.statusCode, 403);
    assert.equal((await login(app(), 'sysadmin')).statusCode, 423);
  });

  it('a system administrator may act on another system administrator', async () => {
    moveSysadminToOrg20();
    app().sandbox.db.prepare("UPDATE users SET is_sys_admin = 1 WHERE user_name = 'admin'").run();
    const adminToken = await loginToken(app(), 'admin');
    const sysId = await userIdOf(adminToken, '20', 'sysadmin');
    for (const action of ['Lock', 'Unlock', 'EndSessions']) {
      const response = await act(sysId, action, adminToken);
      assert.equal(response.statusCode, 200, action);
    }
  });
});
