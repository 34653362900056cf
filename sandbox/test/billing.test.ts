import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { abaChecksumValid } from '../resources/billing.schemas.ts';
import { SEED_BILLING } from '../store/billing-seed.data.ts';
import {
  auditCount,
  caBilling,
  caller,
  dumpDatabase,
  FULL_ACCOUNT_NUMBER,
  usBilling,
} from './admin.helpers.ts';
import { errorOf, loginToken, testServer } from './helpers.ts';

const url = (organizationId: string) => `/WSAPI/Organizations/${organizationId}/Billing`;

interface BillingJson {
  organization_id: string;
  contact_name: string;
  email: string;
  phone: string;
  address: Record<string, string>;
  bank_account: { account_holder: string; routing_number: string; account_last4: string } | null;
  updated_at: string | null;
}
const billingOf = (response: { json: () => unknown }) =>
  (response.json() as { billing: BillingJson }).billing;

describe('ABA routing number checksum', () => {
  it('accepts the seed’s US routing numbers and refuses a wrong check digit', () => {
    for (const routing of ['011000015', '021000021', '026009593', '121000248']) {
      assert.equal(abaChecksumValid(routing), true, routing);
    }
    for (const routing of ['011000016', '123456789', '01100001', '0110000155', 'abcdefghi']) {
      assert.equal(abaChecksumValid(routing), false, routing);
    }
  });
});

describe('GET/PUT /WSAPI/Organizations/{id}/Billing', () => {
  let app: FastifyInstance;
  let call: ReturnType<typeof caller>;
  before(async () => {
    app = await testServer();
    call = caller(app);
  });
  after(() => app.close());
  beforeEach(async () => {
    assert.equal((await app.inject({ method: 'POST', url: '/__sandbox/reset' })).statusCode, 200);
  });

  it('answers the seed’s billing of every seeded organization', async () => {
    const token = await loginToken(app, 'sysadmin');
    const demo = await call('GET', url('8'), token);
    assert.equal(demo.statusCode, 200);
    assert.deepEqual(demo.json(), {
      billing: {
        organization_id: '8',
        contact_name: 'Dana Whitfield',
        email: 'billing@demo-merchant.example',
        phone: '+1 617 555 0134',
        address: {
          line1: '100 Federal Street',
          line2: '',
          city: 'Boston',
          region: 'MA',
          postal_code: '02110',
          country: 'US',
        },
        bank_account: {
          account_holder: 'Demo Merchant LLC',
          routing_number: '011000015',
          account_last4: '6789',
        },
        updated_at: null,
      },
    });
    for (const seed of SEED_BILLING) {
      const billing = billingOf(await call('GET', url(seed.organizationId), token));
      assert.equal(billing.organization_id, seed.organizationId);
      assert.equal(billing.contact_name, seed.contact_name);
      assert.deepEqual(billing.bank_account, seed.bank_account);
    }
    const canadian = billingOf(await call('GET', url('30'), token));
    assert.equal(canadian.address['country'], 'CA');
    assert.equal(canadian.address['postal_code'], 'M5H 3T4');
    assert.match(canadian.bank_account?.routing_number ?? '', /^0\d{8}$/);
    assert.equal(billingOf(await call('GET', url('1'), token)).bank_account, null);
  });

  it('is scoped: admin of 20 reads 20 and 21, 404 elsewhere; merchant and clerk 403', async () => {
    const admin = await loginToken(app, 'admin');
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
    const sysadmin = await loginToken(app, 'sysadmin');
    for (const id of ['1', '8', '20', '21', '30']) {
      assert.equal((await call('GET', url(id), sysadmin)).statusCode, 200, id);
    }
    for (const userName of ['merchant', 'clerk']) {
      const token = await loginToken(app, userName);
      assert.equal(errorOf(await call('GET', url('8'), token)).code, 'forbidden');
      // Refused before the body is read: even a malformed body answers 403.
      const write = await call('PUT', url('8'), token, { nonsense: true });
      assert.equal(write.statusCode, 403, userName);
      assert.equal(errorOf(write).code, 'forbidden');
    }
    const pending = await call('GET', url('8'), await loginToken(app, 'newuser'));
    assert.equal(pending.statusCode, 403);
    assert.equal(errorOf(pending).code, 'account_action_required');
    assert.equal((await call('GET', url('8'))).statusCode, 401);
    assert.equal(auditCount(app), 0);
  });

  it('PUT stores the last four digits only, returns the new billing and audits the changed fields', async () => {
    const admin = await loginToken(app, 'admin');
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

    const row = app.sandbox.db
      .prepare("SELECT * FROM organization_billing WHERE organization_id = '21'")
      .get() as Record<string, unknown>;
    assert.equal(row['bank_account_last4'], '9876');
    assert.doesNotMatch(dumpDatabase(app), new RegExp(FULL_ACCOUNT_NUMBER));

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
    const token = await loginToken(app, 'sysadmin');
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
    const details = app.sandbox.db
      .prepare("SELECT details FROM audit_log WHERE action = 'billing.update'")
      .pluck()
      .all();
    assert.deepEqual(details, ['{"changed":["phone"]}']);
  });

  it('normalises a Canadian postal code and accepts a Canadian routing number', async () => {
    const token = await loginToken(app, 'sysadmin');
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

  it('refuses every invalid field with 400 invalid_request and its dotted path, writing nothing', async () => {
    const token = await loginToken(app, 'sysadmin');
    const base = usBilling();
    const address = base['address'] as Record<string, unknown>;
    const bank = base['bank_account'] as Record<string, unknown>;
    const withAddress = (change: Record<string, unknown>) => ({
      ...base,
      address: { ...address, ...change },
    });
    const withBank = (change: Record<string, unknown>) => ({
      ...base,
      bank_account: { ...bank, ...change },
    });
    const { city: _city, ...addressWithoutCity } = address;
    void _city;
    const { account_number: _number, ...bankWithoutNumber } = bank;
    void _number;
    const cases: [string, unknown][] = [
      ['contact_name', { ...base, contact_name: '   ' }],
      ['contact_name', { ...base, contact_name: 'x'.repeat(101) }],
      ['contact_name', { ...base, contact_name: 'Casey\u0007Baker' }],
      ['contact_name', { ...base, contact_name: 'x'.repeat(401) }],
      ['email', { ...base, email: 'not-an-email' }],
      ['phone', { ...base, phone: '555-012' }],
      ['phone', { ...base, phone: '+1 617 555 0199 ext 3' }],
      ['phone', { ...base, phone: '(((--)))..12' }],
      ['phone', { ...base, phone: '1'.repeat(21) }],
      ['phone', { ...base, phone: 6175550199 }],
      ['address.line1', withAddress({ line1: '' })],
      ['address.line2', withAddress({ line2: 'x'.repeat(101) })],
      ['address.city', withAddress({ city: '' })],
      ['address.city', withAddress({ city: 'x'.repeat(61) })],
      ['address.region', withAddress({ region: ' ' })],
      ['address.country', withAddress({ country: 'MX' })],
      ['address.postal_code', withAddress({ postal_code: '2110' })],
      ['address.postal_code', withAddress({ postal_code: 'K1A 0B1' })],
      [
        'address.postal_code',
        { ...caBilling(), address: { ...address, country: 'CA', postal_code: '02110' } },
      ],
      ['address.city', { ...base, address: addressWithoutCity }],
      ['address.extra', withAddress({ extra: 'x' })],
      ['bank_account.account_holder', withBank({ account_holder: '' })],
      ['bank_account.routing_number', withBank({ routing_number: '011000016' })],
      ['bank_account.routing_number', withBank({ routing_number: '01100001' })],
      [
        'bank_account.routing_number',
        {
          ...caBilling(),
          bank_account: { ...bank, routing_number: '100300012' },
        },
      ],
      [
        'bank_account.routing_number',
        // A valid ABA number is not a Canadian one unless it starts with 0… and is 9 digits.
        { ...caBilling(), bank_account: { ...bank, routing_number: '00030001' } },
      ],
      ['bank_account.account_number', withBank({ account_number: '123' })],
      ['bank_account.account_number', withBank({ account_number: '1'.repeat(18) })],
      ['bank_account.account_number', withBank({ account_number: '1234-5678' })],
      ['bank_account.account_number', { ...base, bank_account: bankWithoutNumber }],
      ['extra', { ...base, extra: true }],
    ];
    for (const [field, body] of cases) {
      const response = await call('PUT', url('8'), token, body);
      assert.equal(response.statusCode, 400, `${field}: ${JSON.stringify(body)}`);
      const error = errorOf(response);
      assert.equal(error.code, 'invalid_request');
      assert.equal(error.field, field, `${JSON.stringify(body)} → ${error.message}`);
    }
    assert.equal(auditCount(app), 0);
    assert.equal(billingOf(await call('GET', url('8'), token)).updated_at, null);
  });

  it('a country change without bank_account needs a routing number valid for the new country', async () => {
    const token = await loginToken(app, 'sysadmin');
    const withoutBank = (body: Record<string, unknown>) => {
      const { bank_account: _bank, ...rest } = body;
      void _bank;
      return rest;
    };
    const refused = async (organizationId: string, body: Record<string, unknown>) => {
      const before = dumpDatabase(app);
      const response = await call('PUT', url(organizationId), token, body);
      assert.equal(response.statusCode, 400, response.body);
      assert.deepEqual(response.json(), {
        error: {
          code: 'invalid_request',
          message: 'The bank account must be entered again when the country changes.',
          field: 'bank_account',
        },
      });
      assert.equal(dumpDatabase(app), before);
    };

    // CA → US: org 30's `000300012` fails the ABA checksum.
    await refused('30', withoutBank(usBilling()));
    // US → CA: a US routing number that does not start with 0.
    const usOwnBank = usBilling({
      bank_account: {
        account_holder: 'Corner Bakery LLC',
        routing_number: '121000248',
        account_number: FULL_ACCOUNT_NUMBER,
      },
    });
    assert.equal((await call('PUT', url('8'), token, usOwnBank)).statusCode, 200);
    await refused('8', withoutBank(caBilling()));
    assert.equal(auditCount(app), 1);

    // With the bank account entered again, the change goes through.
    const moved = await call('PUT', url('8'), token, caBilling());
    assert.equal(moved.statusCode, 200, moved.body);
    assert.equal(billingOf(moved).bank_account?.routing_number, '000412345');
    // A stored routing number valid in both countries (`0…` with a valid ABA checksum) is kept.
    const seed20 = SEED_BILLING.find((b) => b.organizationId === '20')!;
    assert.equal(seed20.bank_account?.routing_number, '021000021');
    const kept = await call('PUT', url('20'), token, withoutBank(caBilling()));
    assert.equal(kept.statusCode, 200, kept.body);
    assert.deepEqual(billingOf(kept).bank_account, seed20.bank_account);
    assert.equal(billingOf(kept).address['country'], 'CA');
    // No stored bank account (org 1): nothing to enter again.
    const none = await call('PUT', url('1'), token, withoutBank(caBilling()));
    assert.equal(none.statusCode, 200, none.body);
    assert.equal(billingOf(none).bank_account, null);
    // Same country, no bank account: kept as before (org 30 stays Canadian).
    const same = await call('PUT', url('30'), token, withoutBank(caBilling()));
    assert.equal(same.statusCode, 200, same.body);
    assert.equal(billingOf(same).bank_account?.routing_number, '000300012');
  });

  it('answers 405 with Allow: GET, PUT for other methods', async () => {
    const token = await loginToken(app, 'sysadmin');
    for (const method of ['POST', 'DELETE', 'PATCH'] as const) {
      const response = await call(method, url('8'), token);
      assert.equal(response.statusCode, 405, method);
      assert.equal(response.headers['allow'], 'GET, PUT');
    }
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

describe('billing in a database file', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sandbox-billing-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('never holds the full account number in the file or its WAL', async () => {
    const dbFile = join(dir, 'secret.db');
    const app = await testServer({ dbFile });
    try {
      const token = await loginToken(app, 'sysadmin');
      assert.equal((await caller(app)('PUT', url('8'), token, usBilling())).statusCode, 200);
      for (const file of [dbFile, `${dbFile}-wal`]) {
        if (!existsSync(file)) continue;
        assert.equal(readFileSync(file).includes(FULL_ACCOUNT_NUMBER), false, file);
      }
    } finally {
      await app.close();
    }
    assert.equal(readFileSync(dbFile).includes(FULL_ACCOUNT_NUMBER), false);
  });

  it('a database created before migration 5 gets the table and the seed billing at the next start', async () => {
    const dbFile = join(dir, 'old.db');
    const first = await testServer({ dbFile });
    first.sandbox.db.exec(
      'DROP TABLE organization_billing; DELETE FROM schema_migrations WHERE version = 5',
    );
    await first.close();

    const second = await testServer({ dbFile });
    try {
      const versions = second.sandbox.db
        .prepare('SELECT version FROM schema_migrations ORDER BY version')
        .pluck()
        .all();
      assert.deepEqual(versions, [1, 2, 3, 4, 5]);
      const token = await loginToken(second, 'sysadmin');
      const billing = billingOf(await caller(second)('GET', url('8'), token));
      assert.equal(billing.contact_name, 'Dana Whitfield');
      assert.equal(billing.bank_account?.account_last4, '6789');
    } finally {
      await second.close();
    }
  });
});
