import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { VENDOR_SEED_CONFIGURATION } from '../store/vendor-configuration.data.ts';
import { caBilling } from './admin.helpers.ts';
import { bakery, ORGANIZATIONS, organizationOf, useBoardingSandbox } from './boarding.helpers.ts';
import { loginToken } from './helpers.ts';

describe('POST /WSAPI/Organizations (boarding): a system administrator boards a top-level merchant', () => {
  const { app, call, configurationOf, listIds } = useBoardingSandbox();

  it('boards a top-level US merchant: ids, shape, Location, configuration, billing, list', async () => {
    const token = await loginToken(app(), 'sysadmin');
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
    const token = await loginToken(app(), 'sysadmin');
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
});
