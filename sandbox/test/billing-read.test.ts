import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SEED_BILLING } from '../store/billing-seed.data.ts';
import { auditCount, usBilling } from './admin.helpers.ts';
import { billingOf, url, useBillingSandbox } from './billing.helpers.ts';
import { assertError, assertMethodsNotAllowed, errorOf, loginToken } from './helpers.ts';

describe('GET /WSAPI/Organizations/{id}/Billing: the seeded billing, scope and methods', () => {
  const { app, call } = useBillingSandbox();

  it('answers the seed’s billing of every seeded organization', async () => {
    const token = await loginToken(app(), 'sysadmin');
    // The wire record is the seed's, field for field, with the id renamed and no update yet.
    for (const { organizationId, ...seed } of SEED_BILLING) {
      const read = await call('GET', url(organizationId), token);
      assert.equal(read.statusCode, 200, organizationId);
      assert.deepEqual(read.json(), {
        billing: { organization_id: organizationId, ...seed, updated_at: null },
      });
    }
    const canadian = billingOf(await call('GET', url('30'), token));
    assert.equal(canadian.address['country'], 'CA');
    assert.equal(canadian.address['postal_code'], 'M5H 3T4');
    assert.match(canadian.bank_account?.routing_number ?? '', /^0\d{8}$/);
    assert.equal(billingOf(await call('GET', url('1'), token)).bank_account, null);
  });

  it('is scoped: admin of 20 reads 20 and 21, 404 elsewhere; merchant and clerk 403', async () => {
    const admin = await loginToken(app(), 'admin');
    for (const id of ['20', '21']) {
      assert.equal((await call('GET', url(id), admin)).statusCode, 200, id);
    }
    for (const id of ['1', '8', '30', '999']) {
      const read = await call('GET', url(id), admin);
      assert.equal(read.statusCode, 404, id);
      assert.equal(errorOf(read).code, 'not_found');
      const write = await call('PUT', url(id), admin, usBilling());
      assert.equal(write.statusCode, 404, id);
    }
    const sysadmin = await loginToken(app(), 'sysadmin');
    for (const id of ['1', '8', '20', '21', '30']) {
      assert.equal((await call('GET', url(id), sysadmin)).statusCode, 200, id);
    }
    for (const userName of ['merchant', 'clerk']) {
      const token = await loginToken(app(), userName);
      assert.equal(errorOf(await call('GET', url('8'), token)).code, 'forbidden');
      // Refused before the body is read: even a malformed body answers 403.
      const write = await call('PUT', url('8'), token, { nonsense: true });
      assert.equal(write.statusCode, 403, userName);
      assert.equal(errorOf(write).code, 'forbidden');
    }
    const pending = await call('GET', url('8'), await loginToken(app(), 'newuser'));
    assertError(pending, 403, 'account_action_required');
    assert.equal((await call('GET', url('8'))).statusCode, 401);
    assert.equal(auditCount(app()), 0);
  });

  it('answers 405 with Allow: GET, PUT for other methods', async () => {
    const token = await loginToken(app(), 'sysadmin');
    await assertMethodsNotAllowed(['POST', 'DELETE', 'PATCH'] as const, 'GET, PUT', (method) =>
      call(method, url('8'), token),
    );
  });
});
