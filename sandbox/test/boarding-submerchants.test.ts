import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VENDOR_SEED_CONFIGURATION } from '../store/vendor-configuration.data.ts';
import { auditCount, caBilling, organizationCount } from './admin.helpers.ts';
import {
  bakery,
  ORGANIZATIONS,
  organizationOf,
  useBoardingSandbox,
  type Org,
} from './boarding.helpers.ts';
import { assertError, errorOf, loginToken } from './helpers.ts';

describe('POST /WSAPI/Organizations (boarding): a system administrator boards submerchants', () => {
  const { app, call, configurationOf } = useBoardingSandbox();
  /** Boards `bakery(extra)` as `token` and reads the organization answered. */
  const board = async (token: string, extra: Record<string, unknown>) =>
    organizationOf(await call('POST', ORGANIZATIONS, token, bakery(extra)));

  it('boards submerchants: the parent’s chain, the next store, its configuration minus boarding', async () => {
    const token = await loginToken(app(), 'sysadmin');
    const under8 = await board(token, { parent_organization_id: '8' });
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

    const under20 = await board(token, { name: 'Parent Outpost', parent_organization_id: '20' });
    assert.deepEqual(
      [under20.organization_id, under20.chain_id, under20.store_id],
      ['32', '700', '3'],
    );
    const topLevel = await board(token, { name: 'Fresh Chain' });
    assert.deepEqual(
      [topLevel.organization_id, topLevel.chain_id, topLevel.store_id],
      ['33', '701', '1'],
    );
  });

  it('a submerchant in another country keeps its parent’s flags but sells in its own currency', async () => {
    const token = await loginToken(app(), 'sysadmin');
    const canadian = await board(token, {
      name: 'Boulangerie du Coin',
      country: 'CA',
      billing: caBilling(),
      parent_organization_id: '8',
    });
    assert.deepEqual(await configurationOf(token, canadian.organization_id), {
      ...VENDOR_SEED_CONFIGURATION,
      'processing.config.currency': { code: 'CAD', iso: 124, symbol: '$' },
      'account.locale.available_locales': 'en_CA',
      'account.permissions.allow_submerchants': false,
      'account.permissions.add_submerchant.merchant_portal': false,
    });

    const american = await board(token, { name: 'Harbour Outpost', parent_organization_id: '30' });
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
    const token = await loginToken(app(), 'sysadmin');
    const unknown = await call(
      'POST',
      ORGANIZATIONS,
      token,
      bakery({ parent_organization_id: '999' }),
    );
    assertError(unknown, 404, 'not_found');
    const system = await call(
      'POST',
      ORGANIZATIONS,
      token,
      bakery({ parent_organization_id: '1' }),
    );
    assert.equal(system.statusCode, 400);
    assert.equal(errorOf(system).field, 'parent_organization_id');
    assert.equal(organizationCount(app()), 5);
    assert.equal(auditCount(app()), 0);
  });
});
