import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertError, headers, loginToken, useServer } from './helpers.ts';

describe('Merchants/Current', () => {
  const app = useServer();

  const current = (token?: string) =>
    app().inject({
      method: 'GET',
      url: '/wsapi/merchants/current/',
      headers: headers(token ? { 'X-Roam-Token': token } : {}),
    });

  it("answers the signed-in user's organization", async () => {
    const response = await current(await loginToken(app(), 'merchant'));
    assert.equal(response.statusCode, 200);
    const body = response.json() as Record<string, unknown>;
    assert.equal(body['organization_id'], '8');
    assert.equal(body['chain_id'], '679');
    assert.deepEqual(body['processor'], {
      name: 'Vantiv',
      processor_profile: 'vantiv_profile1',
      date_modified: '20151113190112',
    });
  });

  it('needs a session', async () => {
    const response = await current();
    assertError(response, 401, 'invalid_session');
  });

  it('answers 403 account_action_required while a first-login step is pending', async () => {
    const response = await current(await loginToken(app(), 'newuser'));
    assertError(response, 403, 'account_action_required');
  });

  it('refuses other methods with 405', async () => {
    const token = await loginToken(app(), 'merchant');
    const response = await app().inject({
      method: 'DELETE',
      url: '/WSAPI/Merchants/Current',
      headers: headers({ 'X-Roam-Token': token }),
    });
    assert.equal(response.statusCode, 405);
  });
});
