import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorOf, loginToken, useSeededServer } from './helpers.ts';
import { adminClient, orgIds } from './admin-area.helpers.ts';

describe('Admin area: scope and organizations', () => {
  const app = useSeededServer();
  const { call } = adminClient(app);

  it('admin sees its own organization and its submerchant only', async () => {
    const token = await loginToken(app(), 'admin');
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
    app()
      .sandbox.db.prepare(
        `UPDATE organizations SET configuration = json_set(configuration, '$."account.permissions.allow_submerchants"', json('false')) WHERE id = '20'`,
      )
      .run();
    const token = await loginToken(app(), 'admin');
    assert.deepEqual(orgIds(await call('GET', '/WSAPI/Organizations', token)), ['20']);
    assert.equal((await call('GET', '/WSAPI/Organizations/21', token)).statusCode, 404);
  });

  it('sysadmin sees every organization, with search and paging', async () => {
    const token = await loginToken(app(), 'sysadmin');
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
    const token = await loginToken(app(), 'admin');
    assert.deepEqual(orgIds(await call('GET', '/WSAPI/Organizations?q=merchant', token)), [
      '20',
      '21',
    ]);
  });
});
