import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Configuration } from '../access/configuration.ts';
import {
  assertError,
  CASH_SALE,
  setOverrides,
  signIn,
  visa,
  type TransactionJson,
} from './merchant.helpers.ts';
import { useSaleSandbox } from './transactions.helpers.ts';

describe('POST /WSAPI/Transactions (record a sale): configuration flags and who may sell', () => {
  const { app, merchant, sale } = useSaleSandbox();

  it('enforces every flag server-side with 403 forbidden', async () => {
    const clerk = await signIn(app(), 'clerk'); // no virtual terminal
    assertError(await sale(CASH_SALE, clerk), 403, 'forbidden');
    const cases: [Configuration, unknown][] = [
      [{ 'processing.config.tip': false }, { ...CASH_SALE, tip: 0 }],
      [{ 'processing.config.tax': false }, { ...CASH_SALE, tax_rate: 5 }],
      [{ 'processing.config.discount': false }, { ...CASH_SALE, discount: 1 }],
      [
        { 'processing.permissions.manual_entry': false },
        { ...CASH_SALE, tender: 'Card', card: visa(app()) },
      ],
      [{ 'processing.config.tender_types': ['Card'] }, CASH_SALE],
      [
        { 'processing.config.tender_types': 'Cash' },
        { ...CASH_SALE, tender: 'Card', card: visa(app()) },
      ],
      [
        { 'component.access.inventory_management': false },
        { lines: [{ item_id: 'item_00000000000000000000' }], tender: 'Cash' },
      ],
      [{ 'component.access.virtual_terminal': 'false' }, CASH_SALE],
    ];
    for (const [overrides, body] of cases) {
      setOverrides(app(), 'merchant', overrides);
      assertError(await sale(body), 403, 'forbidden');
    }
    setOverrides(app(), 'merchant', { 'processing.config.tax': false });
    const untaxed = (await sale(CASH_SALE)).json() as TransactionJson;
    assert.equal(untaxed.tax, 0); // no tax at all when the flag is off
  });

  it('is refused before the first-login steps, without a session, and for non-merchants', async () => {
    assertError(
      await sale(CASH_SALE, await signIn(app(), 'newuser')),
      403,
      'account_action_required',
    );
    assertError(
      await sale(CASH_SALE, {
        ...merchant(),
        call: (m, u, b) => merchant().call(m, u, b, { 'X-Roam-Token': 'MCM6-nope' }),
      }),
      401,
      'invalid_session',
    );
    assertError(await sale(CASH_SALE, await signIn(app(), 'sysadmin')), 403, 'forbidden');
  });
});
