import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { abaChecksumValid } from '../resources/billing.schemas.ts';
import { SEED_BILLING } from '../store/billing-seed.data.ts';
import {
  auditCount,
  caBilling,
  dumpDatabase,
  FULL_ACCOUNT_NUMBER,
  usBilling,
} from './admin.helpers.ts';
import { billingOf, url, useBillingSandbox } from './billing.helpers.ts';
import { errorOf, loginToken } from './helpers.ts';

describe('billing validation: routing numbers and PUT bodies', () => {
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

  describe('PUT /WSAPI/Organizations/{id}/Billing', () => {
    const { app, call } = useBillingSandbox();

    it('refuses every invalid field with 400 invalid_request and its dotted path, writing nothing', async () => {
      const token = await loginToken(app(), 'sysadmin');
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
      assert.equal(auditCount(app()), 0);
      assert.equal(billingOf(await call('GET', url('8'), token)).updated_at, null);
    });

    it('a country change without bank_account needs a routing number valid for the new country', async () => {
      const token = await loginToken(app(), 'sysadmin');
      const withoutBank = (body: Record<string, unknown>) => {
        const { bank_account: _bank, ...rest } = body;
        void _bank;
        return rest;
      };
      const refused = async (organizationId: string, body: Record<string, unknown>) => {
        const before = dumpDatabase(app());
        const response = await call('PUT', url(organizationId), token, body);
        assert.equal(response.statusCode, 400, response.body);
        assert.deepEqual(response.json(), {
          error: {
            code: 'invalid_request',
            message: 'The bank account must be entered again when the country changes.',
            field: 'bank_account',
          },
        });
        assert.equal(dumpDatabase(app()), before);
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
      assert.equal(auditCount(app()), 1);

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
  });
});
