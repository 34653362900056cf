import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertInvalid,
  CASH_SALE,
  setOverrides,
  signIn,
  type TransactionJson,
} from './merchant.helpers.ts';
import { SALES, useSaleSandbox } from './transactions.helpers.ts';

describe('POST /WSAPI/Transactions (record a sale): amounts, tax and currency', () => {
  const { app, merchant, sale } = useSaleSandbox();

  it('records a cash sale with tip, tax and discount and computes exact totals', async () => {
    const response = await sale({
      lines: [
        { amount: 1999, description: 'Gift basket' },
        { amount: 350, quantity: 3 },
      ],
      tender: 'Cash',
      tip: 300,
      tax_rate: 8.25,
      discount: 250,
    });
    assert.equal(response.statusCode, 201, response.body);
    const t = response.json() as TransactionJson;
    assert.match(t.id, /^txn_[0-9a-f]{20}$/);
    assert.equal(t.status, 'approved');
    assert.equal(t.type, 'sale');
    assert.equal(t.currency, 'USD');
    assert.equal(t.card, null);
    assert.equal(t.approval_code, null);
    // subtotal 19.99 + 3 × 3.50 = 30.49; discount 2.50; tax 8.25 % of 27.99 = 2.309… → 2.31
    assert.equal(t.subtotal, 3049);
    assert.equal(t.discount, 250);
    assert.equal(t.tax, 231);
    assert.equal(t.tip, 300);
    assert.equal(t.total, 3049 - 250 + 231 + 300);
    assert.deepEqual(
      t.lines.map((line) => [line.description, line.unit_price, line.quantity, line.amount]),
      [
        ['Gift basket', 1999, 1, 1999],
        ['Amount', 350, 3, 1050],
      ],
    );
    assert.equal(t.settled, false);
    assert.equal(t.voidable, true);
    assert.equal(t.refundable, t.total);
    const again = await merchant().json<TransactionJson>('GET', `${SALES}/${t.id}`);
    assert.deepEqual(again, t);
  });

  it('uses processing.config.tax.default when no tax_rate is sent', async () => {
    const none = (await (await sale(CASH_SALE)).json()) as TransactionJson;
    assert.equal(none.tax_rate, 0); // the vendor configuration's default is 0
    assert.equal(none.tax, 0);
    setOverrides(app(), 'merchant', { 'processing.config.tax.default': '13' });
    const withDefault = (await sale(CASH_SALE)).json() as TransactionJson;
    assert.equal(withDefault.tax_rate, 13);
    assert.equal(withDefault.tax, 130);
  });

  it('validates amounts, lines and options with the field at fault', async () => {
    assertInvalid(await sale({ lines: [], tender: 'Cash' }), 'lines');
    assertInvalid(await sale({ lines: [{ amount: 0 }], tender: 'Cash' }), 'lines.0.amount');
    assertInvalid(await sale({ lines: [{ amount: 12.5 }], tender: 'Cash' }), 'lines.0.amount');
    assertInvalid(await sale({ lines: [{ amount: '100' }], tender: 'Cash' }), 'lines.0.amount');
    assertInvalid(
      await sale({ lines: [{ amount: 100, quantity: 0 }], tender: 'Cash' }),
      'lines.0.quantity',
    );
    assertInvalid(
      await sale({ lines: [{ amount: 99_999_999, quantity: 2 }], tender: 'Cash' }),
      'lines',
    );
    assertInvalid(
      await sale({ lines: [{ amount: 100, description: 'a\u0000b' }], tender: 'Cash' }),
      'lines.0.description',
    );
    assertInvalid(await sale({ lines: [{ amount: 100 }], tender: 'Bitcoin' }), 'tender');
    assertInvalid(await sale({ lines: [{ amount: 100 }] }), 'tender');
    assertInvalid(await sale({ ...CASH_SALE, tip: -1 }), 'tip');
    assertInvalid(await sale({ ...CASH_SALE, discount: 1001 }), 'discount');
    assertInvalid(await sale({ ...CASH_SALE, tax_rate: 8.2555 }), 'tax_rate');
    assertInvalid(await sale({ ...CASH_SALE, tax_rate: 31 }), 'tax_rate');
    assertInvalid(await sale({ ...CASH_SALE, surcharge: 5 }), 'surcharge');
    assertInvalid(await sale({ lines: [{ amount: 100 }], tender: 'Cash', discount: 100 }), 'lines');
  });

  it('records in CAD for the Canadian merchant', async () => {
    const canada = await signIn(app(), 'canada');
    const t = (await sale(CASH_SALE, canada)).json() as TransactionJson;
    assert.equal(t.currency, 'CAD');
  });
});
