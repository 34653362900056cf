import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loginToken, useSeededServer } from './helpers.ts';
import { adminClient, newUser } from './admin-area.helpers.ts';

describe('Admin area: audit log', () => {
  const app = useSeededServer();
  const { call, userIdOf } = adminClient(app);

  it('records every admin action, scoped like organizations', async () => {
    const adminToken = await loginToken(app(), 'admin');
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
    const sysToken = await loginToken(app(), 'sysadmin');
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
    const token = await loginToken(app(), 'admin');
    await call('POST', '/WSAPI/Organizations/20/Users', token, newUser('merchant'));
    const log = (await call('GET', '/WSAPI/AuditLog', token)).json() as { total_count: number };
    assert.equal(log.total_count, 0);
  });
});
