import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  caBilling,
  caller,
  dumpDatabase,
  FULL_ACCOUNT_NUMBER,
  usBilling,
} from './admin.helpers.ts';
import { billingOf, url, useBillingSandbox } from './billing.helpers.ts';
import { loginToken, testServer } from './helpers.ts';

describe('PUT /WSAPI/Organizations/{id}/Billing: what is stored, returned, audited and logged', () => {
  const { app, call } = useBillingSandbox();

  it('PUT stores the last four digits only, returns the new billing and audits the changed fields', async () => {
    const admin = await loginToken(app(), 'admin');
    const response = await call(
      'PUT',
      url('21'),
      admin,
      usBilling({ contact_name: '  Casey Baker  ', phone: '(718) 555-0100' }),
    );
    assert.equal(response.statusCode, 200);
    const billing = billingOf(response);
    assert.equal(billing.organization_id, '21');
    assert.equal(billing.contact_name, 'Casey Baker');
    assert.equal(billing.phone, '(718) 555-0100');
    assert.deepEqual(billing.bank_account, {
      account_holder: 'Corner Bakery LLC',
      routing_number: '011000015',
      account_last4: '9876',
    });
    assert.match(billing.updated_at ?? '', /^\d{14}$/);
    assert.doesNotMatch(response.body, new RegExp(FULL_ACCOUNT_NUMBER));
    assert.deepEqual(billingOf(await call('GET', url('21'), admin)), billing);

    const row = app()
      .sandbox.db.prepare("SELECT * FROM organization_billing WHERE organization_id = '21'")
      .get() as Record<string, unknown>;
    assert.equal(row['bank_account_last4'], '9876');
    assert.doesNotMatch(dumpDatabase(app()), new RegExp(FULL_ACCOUNT_NUMBER));

    const log = await call('GET', '/WSAPI/AuditLog', admin);
    const [entry] = (
      log.json() as {
        entries: { action: string; organization_id: string; details: unknown; actor: unknown }[];
      }
    ).entries;
    assert.equal(entry?.action, 'billing.update');
    assert.equal(entry?.organization_id, '21');
    assert.deepEqual(entry?.details, {
      changed: ['contact_name', 'email', 'phone', 'address', 'bank_account'],
    });
    assert.doesNotMatch(log.body, new RegExp(FULL_ACCOUNT_NUMBER));
  });

  it('PUT without bank_account keeps the stored one; only the changed fields are audited', async () => {
    const token = await loginToken(app(), 'sysadmin');
    const before = billingOf(await call('GET', url('8'), token));
    const body = {
      contact_name: before.contact_name,
      email: before.email,
      phone: '+1 617 555 0199',
      address: before.address,
    };
    const response = await call('PUT', url('8'), token, body);
    assert.equal(response.statusCode, 200);
    const after = billingOf(response);
    assert.deepEqual(after.bank_account, before.bank_account);
    assert.equal(after.phone, '+1 617 555 0199');
    const details = app()
      .sandbox.db.prepare("SELECT details FROM audit_log WHERE action = 'billing.update'")
      .pluck()
      .all();
    assert.deepEqual(details, ['{"changed":["phone"]}']);
  });

  it('normalises a Canadian postal code and accepts a Canadian routing number', async () => {
    const token = await loginToken(app(), 'sysadmin');
    const response = await call('PUT', url('30'), token, caBilling());
    assert.equal(response.statusCode, 200, response.body);
    const billing = billingOf(response);
    assert.equal(billing.address['postal_code'], 'K1A 0B1');
    assert.equal(billing.address['line2'], '');
    assert.equal(billing.bank_account?.routing_number, '000412345');
    // A US ZIP+4 is fine too.
    const zip4 = await call(
      'PUT',
      url('8'),
      token,
      usBilling({
        address: { line1: 'a', city: 'b', region: 'c', postal_code: '02110-1234', country: 'US' },
      }),
    );
    assert.equal(zip4.statusCode, 200, zip4.body);
  });

  it('never writes the full account number to the logs, even at trace level', async () => {
    let log = '';
    const logged = await testServer({
      logger: { level: 'trace', stream: { write: (line: string) => (log += line) } },
    });
    try {
      const token = await loginToken(logged, 'sysadmin');
      const response = await caller(logged)('PUT', url('8'), token, usBilling());
      assert.equal(response.statusCode, 200);
      assert.match(log, /Billing/, 'the logger did write');
      assert.doesNotMatch(log, new RegExp(FULL_ACCOUNT_NUMBER));
    } finally {
      await logged.close();
    }
  });
});
