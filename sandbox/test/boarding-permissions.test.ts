import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { BOARDING_FLAGS } from '../resources/boarding.ts';
import { auditCount, organizationCount } from './admin.helpers.ts';
import { bakery, ORGANIZATIONS, organizationOf, useBoardingSandbox } from './boarding.helpers.ts';
import { assertError, errorOf, loginToken } from './helpers.ts';

describe('POST /WSAPI/Organizations (boarding): who may board', () => {
  const { app, call, listIds, setFlags } = useBoardingSandbox();

  describe('administrator', () => {
    it('boards a direct submerchant of their own organization, then sees it in scope', async () => {
      const token = await loginToken(app(), 'admin');
      const response = await call('POST', ORGANIZATIONS, token, bakery());
      assert.equal(response.statusCode, 201, response.body);
      const org = organizationOf(response);
      assert.deepEqual(
        [org.organization_id, org.parent_organization_id, org.chain_id, org.store_id],
        ['31', '20', '700', '3'],
      );
      assert.deepEqual(await listIds(token), ['20', '21', '31']);
      assert.deepEqual(await listIds(token, 'bakery'), ['31']);
      assert.equal((await call('GET', `${ORGANIZATIONS}/31/Billing`, token)).statusCode, 200);

      const explicit = await call(
        'POST',
        ORGANIZATIONS,
        token,
        bakery({ name: 'Second Bakery', parent_organization_id: '20' }),
      );
      assert.equal(explicit.statusCode, 201);
      assert.equal(organizationOf(explicit).store_id, '4');

      const log = (await call('GET', '/WSAPI/AuditLog', token)).json() as {
        entries: { action: string; organization_id: string; details: unknown }[];
      };
      assert.deepEqual(
        log.entries.map((entry) => [entry.action, entry.organization_id, entry.details]),
        [
          ['organization.board', '32', { name: 'Second Bakery', parent_organization_id: '20' }],
          ['organization.board', '31', { name: 'Corner Bakery', parent_organization_id: '20' }],
        ],
      );
    });

    it('may not board under another organization, its own submerchant included (403)', async () => {
      const token = await loginToken(app(), 'admin');
      for (const parent of ['21', '8', '1', '999']) {
        const response = await call(
          'POST',
          ORGANIZATIONS,
          token,
          bakery({ parent_organization_id: parent }),
        );
        assert.equal(response.statusCode, 403, parent);
        assert.equal(errorOf(response).code, 'forbidden');
      }
      assert.equal(organizationCount(app()), 5);
      assert.equal(auditCount(app()), 0);
    });

    for (const flag of BOARDING_FLAGS) {
      it(`is refused (403, naming it) when ${flag} is off for their organization`, async () => {
        await setFlags('20', { [flag]: false });
        const audited = auditCount(app());
        const response = await call(
          'POST',
          ORGANIZATIONS,
          await loginToken(app(), 'admin'),
          bakery(),
        );
        assertError(response, 403, 'forbidden');
        assert.ok(errorOf(response).message.includes(flag), errorOf(response).message);
        const other = BOARDING_FLAGS.find((name) => name !== flag) ?? '';
        assert.ok(!errorOf(response).message.includes(other), errorOf(response).message);
        assert.equal(organizationCount(app()), 5);
        assert.equal(auditCount(app()), audited);
        // On again: allowed at once (read per request).
        await setFlags('20', { [flag]: true });
        const allowed = await call(
          'POST',
          ORGANIZATIONS,
          await loginToken(app(), 'admin'),
          bakery(),
        );
        assert.equal(allowed.statusCode, 201);
      });
    }
  });

  it('is for admin roles only (403 before the body is read), with a session, no pending action', async () => {
    for (const userName of ['merchant', 'clerk']) {
      const response = await call('POST', ORGANIZATIONS, await loginToken(app(), userName), {
        nonsense: true,
      });
      assert.equal(response.statusCode, 403, userName);
      assert.equal(errorOf(response).code, 'forbidden');
    }
    const pending = await call('POST', ORGANIZATIONS, await loginToken(app(), 'newuser'), bakery());
    assert.equal(errorOf(pending).code, 'account_action_required');
    assert.equal((await call('POST', ORGANIZATIONS, undefined, bakery())).statusCode, 401);
    assert.equal(organizationCount(app()), 5);
    assert.equal(auditCount(app()), 0);
  });
});
