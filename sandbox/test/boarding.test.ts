import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { BOARDING_FLAGS } from '../resources/boarding.ts';
import { VENDOR_SEED_CONFIGURATION } from '../store/vendor-configuration.data.ts';
import {
  auditCount,
  caBilling,
  caller,
  dumpDatabase,
  FULL_ACCOUNT_NUMBER,
  organizationCount,
  usBilling,
} from './admin.helpers.ts';
import { errorOf, loginToken, testServer } from './helpers.ts';

const ORGANIZATIONS = '/WSAPI/Organizations';

interface Org {
  organization_id: string;
  parent_organization_id: string | null;
  name: string;
  organization_type: string;
  status: string;
  chain_id: string;
  store_id: string;
  terminal_id: string;
  processor: { name: string; processor_profile: string; date_modified: string } | null;
  parent: { organization_id: string; name: string } | null;
  submerchant_ids: string[];
}

const organizationOf = (response: LightMyRequestResponse) =>
  (response.json() as { organization: Org }).organization;

const bakery = (extra: Record<string, unknown> = {}) => ({
  name: 'Corner Bakery',
  processor: 'Vantiv',
  country: 'US',
  billing: usBilling(),
  ...extra,
});

describe('POST /WSAPI/Organizations (boarding)', () => {
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

  const configurationOf = async (token: string, id: string) =>
    (
      (await call('GET', `${ORGANIZATIONS}/${id}/Configuration`, token)).json() as {
        configuration: Record<string, unknown>;
      }
    ).configuration;
  const listIds = async (token: string, q = '') =>
    (
      (await call('GET', `${ORGANIZATIONS}?q=${encodeURIComponent(q)}`, token)).json() as {
        organizations: { organization_id: string }[];
      }
    ).organizations.map((org) => org.organization_id);
  const setFlags = async (id: string, configuration: Record<string, unknown>) => {
    const response = await call(
      'PUT',
      `${ORGANIZATIONS}/${id}/Configuration`,
      await loginToken(app, 'sysadmin'),
      { configuration },
    );
    assert.equal(response.statusCode, 200);
  };

  describe('system administrator', () => {
    it('boards a top-level US merchant: ids, shape, Location, configuration, billing, list', async () => {
      const token = await loginToken(app, 'sysadmin');
      const response = await call('POST', ORGANIZATIONS, token, bakery());
      assert.equal(response.statusCode, 201, response.body);
      assert.equal(response.headers['location'], '/WSAPI/Organizations/31');
      const org = organizationOf(response);
      assert.deepEqual(
        { ...org, processor: { ...org.processor, date_modified: '' } },
        {
          organization_id: '31',
          parent_organization_id: null,
          name: 'Corner Bakery',
          organization_type: 'merchant',
          status: 'active',
          chain_id: '701',
          store_id: '1',
          terminal_id: '1',
          processor: { name: 'Vantiv', processor_profile: 'vantiv_profile1', date_modified: '' },
          parent: null,
          submerchant_ids: [],
        },
      );
      assert.match(org.processor?.date_modified ?? '', /^\d{14}$/);
      // Exactly what GET /WSAPI/Organizations/{id} answers.
      assert.deepEqual((await call('GET', `${ORGANIZATIONS}/31`, token)).json(), org);
      assert.deepEqual(await configurationOf(token, '31'), VENDOR_SEED_CONFIGURATION);

      const billing = (
        (await call('GET', `${ORGANIZATIONS}/31/Billing`, token)).json() as {
          billing: Record<string, unknown>;
        }
      ).billing;
      assert.equal(billing['contact_name'], 'Casey Baker');
      assert.deepEqual(billing['bank_account'], {
        account_holder: 'Corner Bakery LLC',
        routing_number: '011000015',
        account_last4: '9876',
      });
      assert.match(String(billing['updated_at']), /^\d{14}$/);

      assert.deepEqual(await listIds(token, 'corner'), ['31']);
      assert.deepEqual(await listIds(token), ['1', '8', '20', '21', '30', '31']);
    });

    it('boards a Canadian merchant with Moneris, CAD and en_CA', async () => {
      const token = await loginToken(app, 'sysadmin');
      const response = await call(
        'POST',
        ORGANIZATIONS,
        token,
        bakery({
          name: 'Boulangerie du Coin',
          processor: 'Moneris',
          country: 'CA',
          billing: caBilling(),
        }),
      );
      assert.equal(response.statusCode, 201, response.body);
      const org = organizationOf(response);
      assert.equal(org.processor?.processor_profile, 'moneris_profile1');
      const configuration = await configurationOf(token, org.organization_id);
      assert.deepEqual(configuration['processing.config.currency'], {
        code: 'CAD',
        iso: 124,
        symbol: '$',
      });
      assert.equal(configuration['account.locale.available_locales'], 'en_CA');
      const billing = (
        (await call('GET', `${ORGANIZATIONS}/${org.organization_id}/Billing`, token)).json() as {
          billing: { address: { postal_code: string } };
        }
      ).billing;
      assert.equal(billing.address.postal_code, 'K1A 0B1');
    });

    it('boards submerchants: the parent’s chain, the next store, its configuration minus boarding', async () => {
      const token = await loginToken(app, 'sysadmin');
      const under8 = organizationOf(
        await call('POST', ORGANIZATIONS, token, bakery({ parent_organization_id: '8' })),
      );
      assert.equal(under8.organization_id, '31');
      assert.equal(under8.chain_id, '679');
      assert.equal(under8.store_id, '4');
      assert.equal(under8.terminal_id, '1');
      assert.equal(under8.parent_organization_id, '8');
      assert.deepEqual(under8.parent, { organization_id: '8', name: 'Demo Merchant' });
      const parent = (await call('GET', `${ORGANIZATIONS}/8`, token)).json() as Org;
      assert.deepEqual(parent.submerchant_ids, ['31']);
      assert.deepEqual(await configurationOf(token, '31'), {
        ...VENDOR_SEED_CONFIGURATION,
        'account.permissions.allow_submerchants': false,
        'account.permissions.add_submerchant.merchant_portal': false,
      });

      const under20 = organizationOf(
        await call(
          'POST',
          ORGANIZATIONS,
          token,
          bakery({ name: 'Parent Outpost', parent_organization_id: '20' }),
        ),
      );
      assert.deepEqual(
        [under20.organization_id, under20.chain_id, under20.store_id],
        ['32', '700', '3'],
      );
      const topLevel = organizationOf(
        await call('POST', ORGANIZATIONS, token, bakery({ name: 'Fresh Chain' })),
      );
      assert.deepEqual(
        [topLevel.organization_id, topLevel.chain_id, topLevel.store_id],
        ['33', '701', '1'],
      );
    });

    it('a submerchant in another country keeps its parent’s flags but sells in its own currency', async () => {
      const token = await loginToken(app, 'sysadmin');
      const canadian = organizationOf(
        await call(
          'POST',
          ORGANIZATIONS,
          token,
          bakery({
            name: 'Boulangerie du Coin',
            country: 'CA',
            billing: caBilling(),
            parent_organization_id: '8',
          }),
        ),
      );
      assert.deepEqual(await configurationOf(token, canadian.organization_id), {
        ...VENDOR_SEED_CONFIGURATION,
        'processing.config.currency': { code: 'CAD', iso: 124, symbol: '$' },
        'account.locale.available_locales': 'en_CA',
        'account.permissions.allow_submerchants': false,
        'account.permissions.add_submerchant.merchant_portal': false,
      });

      const american = organizationOf(
        await call(
          'POST',
          ORGANIZATIONS,
          token,
          bakery({ name: 'Harbour Outpost', parent_organization_id: '30' }),
        ),
      );
      const configuration = await configurationOf(token, american.organization_id);
      assert.deepEqual(
        configuration['processing.config.currency'],
        VENDOR_SEED_CONFIGURATION['processing.config.currency'],
      );
      assert.equal(
        configuration['account.locale.available_locales'],
        VENDOR_SEED_CONFIGURATION['account.locale.available_locales'],
      );
    });

    it('refuses an unknown parent (404) and a system parent (400)', async () => {
      const token = await loginToken(app, 'sysadmin');
      const unknown = await call(
        'POST',
        ORGANIZATIONS,
        token,
        bakery({ parent_organization_id: '999' }),
      );
      assert.equal(unknown.statusCode, 404);
      assert.equal(errorOf(unknown).code, 'not_found');
      const system = await call(
        'POST',
        ORGANIZATIONS,
        token,
        bakery({ parent_organization_id: '1' }),
      );
      assert.equal(system.statusCode, 400);
      assert.equal(errorOf(system).field, 'parent_organization_id');
      assert.equal(organizationCount(app), 5);
      assert.equal(auditCount(app), 0);
    });
  });

  describe('administrator', () => {
    it('boards a direct submerchant of their own organization, then sees it in scope', async () => {
      const token = await loginToken(app, 'admin');
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
      const token = await loginToken(app, 'admin');
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
      assert.equal(organizationCount(app), 5);
      assert.equal(auditCount(app), 0);
    });

    for (const flag of BOARDING_FLAGS) {
      it(`is refused (403, naming it) when ${flag} is off for their organization`, async () => {
        await setFlags('20', { [flag]: false });
        const audited = auditCount(app);
        const response = await call(
          'POST',
          ORGANIZATIONS,
          await loginToken(app, 'admin'),
          bakery(),
        );
        assert.equal(response.statusCode, 403);
        assert.equal(errorOf(response).code, 'forbidden');
        assert.ok(errorOf(response).message.includes(flag), errorOf(response).message);
        const other = BOARDING_FLAGS.find((name) => name !== flag) ?? '';
        assert.ok(!errorOf(response).message.includes(other), errorOf(response).message);
        assert.equal(organizationCount(app), 5);
        assert.equal(auditCount(app), audited);
        // On again: allowed at once (read per request).
        await setFlags('20', { [flag]: true });
        const allowed = await call('POST', ORGANIZATIONS, await loginToken(app, 'admin'), bakery());
        assert.equal(allowed.statusCode, 201);
      });
    }
  });

  it('is for admin roles only (403 before the body is read), with a session, no pending action', async () => {
    for (const userName of ['merchant', 'clerk']) {
      const response = await call('POST', ORGANIZATIONS, await loginToken(app, userName), {
        nonsense: true,
      });
      assert.equal(response.statusCode, 403, userName);
      assert.equal(errorOf(response).code, 'forbidden');
    }
    const pending = await call('POST', ORGANIZATIONS, await loginToken(app, 'newuser'), bakery());
    assert.equal(errorOf(pending).code, 'account_action_required');
    assert.equal((await call('POST', ORGANIZATIONS, undefined, bakery())).statusCode, 401);
    assert.equal(organizationCount(app), 5);
    assert.equal(auditCount(app), 0);
  });

  it('refuses a name taken case-insensitively with 409 conflict on name', async () => {
    const token = await loginToken(app, 'sysadmin');
    for (const name of ['demo merchant', '  DEMO PARENT MERCHANT ']) {
      const response = await call('POST', ORGANIZATIONS, token, bakery({ name }));
      assert.equal(response.statusCode, 409, name);
      assert.equal(errorOf(response).code, 'conflict');
      assert.equal(errorOf(response).field, 'name');
    }
    assert.equal((await call('POST', ORGANIZATIONS, token, bakery())).statusCode, 201);
    const again = await call('POST', ORGANIZATIONS, token, bakery({ name: 'CORNER bakery' }));
    assert.equal(again.statusCode, 409);
    assert.equal(organizationCount(app), 6);
    assert.equal(auditCount(app), 1);
  });

  it('refuses invalid bodies with 400 invalid_request on the dotted field, writing nothing', async () => {
    const token = await loginToken(app, 'sysadmin');
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
    assert.equal(organizationCount(app), 5);
    assert.equal(auditCount(app), 0);
  });

  it('never stores or returns the full account number', async () => {
    const token = await loginToken(app, 'sysadmin');
    const response = await call('POST', ORGANIZATIONS, token, bakery(), {
      'Idempotency-Key': 'board-secret-1',
    });
    assert.equal(response.statusCode, 201);
    assert.doesNotMatch(response.body, new RegExp(FULL_ACCOUNT_NUMBER));
    const billing = await call('GET', `${ORGANIZATIONS}/31/Billing`, token);
    assert.doesNotMatch(billing.body, new RegExp(FULL_ACCOUNT_NUMBER));
    const log = await call('GET', '/WSAPI/AuditLog', token);
    assert.doesNotMatch(log.body, new RegExp(FULL_ACCOUNT_NUMBER));
    assert.doesNotMatch(dumpDatabase(app), new RegExp(FULL_ACCOUNT_NUMBER));
  });

  it('honours Idempotency-Key: a retry replays the 201 without boarding twice', async () => {
    const token = await loginToken(app, 'sysadmin');
    const key = { 'Idempotency-Key': 'board-corner-bakery' };
    const first = await call('POST', ORGANIZATIONS, token, bakery(), key);
    assert.equal(first.statusCode, 201);
    const retry = await call('POST', ORGANIZATIONS, token, bakery(), key);
    assert.equal(retry.statusCode, 201);
    assert.equal(retry.headers['idempotent-replayed'], 'true');
    assert.equal(retry.headers['location'], '/WSAPI/Organizations/31');
    assert.deepEqual(retry.json(), first.json());
    assert.equal(organizationCount(app), 6);
    assert.equal(auditCount(app), 1);
    const other = await call('POST', ORGANIZATIONS, token, bakery({ name: 'Other' }), key);
    assert.equal(other.statusCode, 409);
    assert.equal(errorOf(other).code, 'conflict');
  });

  it('answers 405 with Allow: GET, POST for other methods on the collection', async () => {
    const token = await loginToken(app, 'sysadmin');
    for (const method of ['PUT', 'DELETE', 'PATCH'] as const) {
      const response = await call(method, ORGANIZATIONS, token);
      assert.equal(response.statusCode, 405, method);
      assert.equal(response.headers['allow'], 'GET, POST');
    }
  });
});
