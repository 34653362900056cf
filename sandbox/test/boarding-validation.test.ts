import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auditCount, caBilling, organizationCount, usBilling } from './admin.helpers.ts';
import { bakery, ORGANIZATIONS, useBoardingSandbox } from './boarding.helpers.ts';
import { errorOf, loginToken } from './helpers.ts';

describe('POST /WSAPI/Organizations (boarding): a taken name and invalid bodies', () => {
  const { app, call } = useBoardingSandbox();

  it('refuses a name taken case-insensitively with 409 conflict on name', async () => {
    const token = await loginToken(app(), 'sysadmin');
    for (const name of ['demo merchant', '  DEMO PARENT MERCHANT ']) {
      const response = await call('POST', ORGANIZATIONS, token, bakery({ name }));
      assert.equal(response.statusCode, 409, name);
      assert.equal(errorOf(response).code, 'conflict');
      assert.equal(errorOf(response).field, 'name');
    }
    assert.equal((await call('POST', ORGANIZATIONS, token, bakery())).statusCode, 201);
    const again = await call('POST', ORGANIZATIONS, token, bakery({ name: 'CORNER bakery' }));
    assert.equal(again.statusCode, 409);
    assert.equal(organizationCount(app()), 6);
    assert.equal(auditCount(app()), 1);
  });

  it('refuses invalid bodies with 400 invalid_request on the dotted field, writing nothing', async () => {
    const token = await loginToken(app(), 'sysadmin');
    const { bank_account: _bank, ...billingWithoutBank } = usBilling();
    void _bank;
    const cases: [string, unknown][] = [
      ['name', bakery({ name: ' A ' })],
      ['name', bakery({ name: 'x'.repeat(101) })],
      ['name', bakery({ name: 'Corner\nBakery' })],
      ['processor', bakery({ processor: 'Stripe' })],
      ['processor', bakery({ processor: 'toString' })],
      ['country', bakery({ country: 'MX' })],
      ['billing.address.country', bakery({ country: 'CA' })],
      ['billing.address.country', bakery({ billing: caBilling() })],
      ['billing.bank_account', bakery({ billing: billingWithoutBank })],
      ['billing.phone', bakery({ billing: usBilling({ phone: '12' }) })],
      ['billing.email', bakery({ billing: usBilling({ email: 'no' }) })],
      [
        'billing.bank_account.routing_number',
        bakery({
          billing: usBilling({
            bank_account: {
              account_holder: 'X',
              routing_number: '123456789',
              account_number: '1234',
            },
          }),
        }),
      ],
      ['parent_organization_id', bakery({ parent_organization_id: 'eight' })],
      ['name', { processor: 'Vantiv', country: 'US', billing: usBilling() }],
      ['extra', bakery({ extra: 1 })],
    ];
    for (const [field, body] of cases) {
      const response = await call('POST', ORGANIZATIONS, token, body);
      assert.equal(response.statusCode, 400, `${field}: ${response.body}`);
      assert.equal(errorOf(response).code, 'invalid_request');
      assert.equal(errorOf(response).field, field, errorOf(response).message);
    }
    assert.equal(organizationCount(app()), 5);
    assert.equal(auditCount(app()), 0);
  });
});
