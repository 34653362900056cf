import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Configuration } from '../access/configuration.ts';
import { errorOf, testServer } from './helpers.ts';
import {
  assertError,
  assertInvalid,
  CASH_SALE,
  itemNamed,
  reset,
  setOverrides,
  signIn,
  visa,
  type Caller,
  type TransactionJson,
} from './merchant.helpers.ts';

const SALES = '/WSAPI/Transactions';

describe('POST /WSAPI/Transactions (record a sale)', () => {
  let app: FastifyInstance;
  let merchant: Caller;
  before(async () => {
    app = await testServer();
  });
  after(() => app.close());
  beforeEach(async () => {
    await reset(app);
    merchant = await signIn(app, 'merchant');
  });

  const sale = (body: unknown, caller = merchant, extra: Record<string, string> = {}) =>
    caller.call('POST', SALES, body, extra);

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
    const again = await merchant.json<TransactionJson>('GET', `${SALES}/${t.id}`);
    assert.deepEqual(again, t);
  });

  it('uses processing.config.tax.default when no tax_rate is sent', async () => {
    const none = (await (await sale(CASH_SALE)).json()) as TransactionJson;
    assert.equal(none.tax_rate, 0); // the vendor configuration's default is 0
    assert.equal(none.tax, 0);
    setOverrides(app, 'merchant', { 'processing.config.tax.default': '13' });
    const withDefault = (await sale(CASH_SALE)).json() as TransactionJson;
    assert.equal(withDefault.tax_rate, 13);
    assert.equal(withDefault.tax, 130);
  });

  it('sells inventory items at their price, taxes only non-exempt ones, and takes them from stock', async () => {
    const croissant = await itemNamed(merchant, 'Butter Croissant');
    const beans = await itemNamed(merchant, 'House Blend'); // tax-exempt
    assert.equal(beans.tax_exempt, true);
    const response = await sale({
      lines: [{ item_id: croissant.id, quantity: 2 }, { item_id: beans.id }],
      tender: 'Cash',
      tax_rate: 10,
    });
    assert.equal(response.statusCode, 201, response.body);
    const t = response.json() as TransactionJson;
    assert.equal(t.subtotal, 2 * croissant.price + beans.price);
    assert.equal(t.tax, Math.round((2 * croissant.price) / 10)); // 70
    assert.equal(t.lines[0]!.sku, croissant.sku);
    assert.equal(t.lines[1]!.tax_exempt, true);
    assert.equal((await itemNamed(merchant, 'Butter Croissant')).stock, croissant.stock! - 2);
    assert.equal((await itemNamed(merchant, 'House Blend')).stock, beans.stock! - 1);
  });

  it("refuses more than the stock, inactive, unknown and other organizations' items", async () => {
    const pourOver = await itemNamed(merchant, 'Pour-Over Kit'); // stock 5
    assertInvalid(
      await sale({
        lines: [
          { item_id: pourOver.id, quantity: 3 },
          { item_id: pourOver.id, quantity: 3 },
        ],
        tender: 'Cash',
      }),
      'lines.1.quantity',
    );
    const loaf = await merchant.json<{ items: { id: string }[] }>(
      'GET',
      '/WSAPI/Inventory?active=false',
    );
    assertInvalid(
      await sale({ lines: [{ item_id: loaf.items[0]!.id }], tender: 'Cash' }),
      'lines.0.item_id',
    );
    assertInvalid(
      await sale({ lines: [{ item_id: 'item_00000000000000000000' }], tender: 'Cash' }),
      'lines.0.item_id',
    );
    const canada = await signIn(app, 'canada');
    const tuque = await itemNamed(canada, 'Tuque');
    assertInvalid(
      await sale({ lines: [{ item_id: tuque.id }], tender: 'Cash' }),
      'lines.0.item_id',
    );
    assertInvalid(
      await sale({ lines: [{ item_id: pourOver.id, amount: 5 }], tender: 'Cash' }),
      'lines.0',
    );
    assertInvalid(await sale({ lines: [{ quantity: 2 }], tender: 'Cash' }), 'lines.0');
    assertInvalid(
      await sale({ lines: [{ item_id: pourOver.id, description: 'x' }], tender: 'Cash' }),
      'lines.0.description',
    );
    assert.equal((await itemNamed(merchant, 'Pour-Over Kit')).stock, 5);
  });

  it('records a card sale by manual entry, keeping brand and last four only', async () => {
    const response = await sale({
      lines: [{ amount: 2500 }],
      tender: 'Card',
      tip: 500,
      card: visa(app),
    });
    assert.equal(response.statusCode, 201, response.body);
    const t = response.json() as TransactionJson;
    assert.equal(t.status, 'approved');
    assert.match(t.approval_code!, /^[A-Z2-9]{6}$/);
    assert.deepEqual(t.card, {
      brand: 'Visa',
      last4: '1111',
      entry_mode: 'manual',
      avs_result: 'match',
      cvv_result: 'match',
    });
    assert.ok(!response.body.includes('4111111111111111'));
  });

  it('never stores the full card number, the CVV or the expiry', async () => {
    const number = '5555555555554444';
    const cvv = '739';
    const card = {
      number: '5555 5555 5555 4444',
      expiry: visa(app).expiry,
      cvv,
      postal_code: '10001',
    };
    assert.equal(
      (
        await sale({ lines: [{ amount: 4321 }], tender: 'Card', card }, merchant, {
          'Idempotency-Key': 'pan-check',
        })
      ).statusCode,
      201,
    );
    assert.equal(
      (
        await sale({
          lines: [{ amount: 4321 }],
          tender: 'Card',
          card: { ...card, number: '4000000000000002' },
        })
      ).statusCode,
      201,
    );
    const db = app.sandbox.db;
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .pluck()
      .all() as string[];
    let cells = 0;
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[]) {
        for (const [column, value] of Object.entries(row)) {
          cells += 1;
          const text = String(value);
          for (const secret of [number, '5555 5555 5555 4444', '4000000000000002', card.expiry]) {
            assert.ok(!text.includes(secret), `${table}.${column} holds card data`);
          }
          assert.notEqual(text, cvv, `${table}.${column} holds the CVV`);
          assert.ok(
            !/"cvv"|"number"|"expiry"/.test(text),
            `${table}.${column}: ${text.slice(0, 80)}`,
          );
        }
      }
    }
    assert.ok(cells > 1000);
    const stored = db
      .prepare(
        "SELECT card_brand, card_last4 FROM transactions WHERE total = 4321 AND status = 'approved'",
      )
      .get();
    assert.deepEqual(stored, { card_brand: 'Mastercard', card_last4: '4444' });
  });

  it('declines by test card number and records the decline without touching stock', async () => {
    const muffin = await itemNamed(merchant, 'Blueberry Muffin');
    for (const [number, code] of [
      ['4000000000000002', 'insufficient_funds'],
      ['4000000000000010', 'do_not_honor'],
      ['4000000000000069', 'expired_card'],
      ['4000000000000119', 'processing_error'],
      ['4000000000009987', 'lost_or_stolen'],
    ] as const) {
      const response = await sale({
        lines: [{ item_id: muffin.id }],
        tender: 'Card',
        card: visa(app, number),
      });
      assert.equal(response.statusCode, 201, response.body);
      const t = response.json() as TransactionJson;
      assert.equal(t.status, 'declined');
      assert.equal(t.decline?.code, code);
      assert.ok(t.decline!.message.length > 5);
      assert.equal(t.approval_code, null);
      assert.equal(t.refundable, 0);
      assert.equal(t.voidable, false);
    }
    assert.equal((await itemNamed(merchant, 'Blueberry Muffin')).stock, muffin.stock);
    const declined = await merchant.json<{ total_count: number }>(
      'GET',
      `${SALES}?status=declined&q=0002`,
    );
    assert.ok(declined.total_count >= 1);
  });

  it('validates the card: Luhn, brand, expiry, CVV when configured, postal code when AVS', async () => {
    const base = { lines: [{ amount: 100 }], tender: 'Card' };
    const card = visa(app);
    assertInvalid(
      await sale({ ...base, card: { ...card, number: '4111111111111112' } }),
      'card.number',
    );
    assertInvalid(
      await sale({ ...base, card: { ...card, number: '3566002020360505' } }),
      'card.number',
    );
    assertInvalid(await sale({ ...base, card: { ...card, number: 'abcd' } }), 'card.number');
    assertInvalid(await sale({ ...base, card: { ...card, expiry: '01/20' } }), 'card.expiry');
    assertInvalid(await sale({ ...base, card: { ...card, expiry: '2030-12' } }), 'card.expiry');
    assertInvalid(await sale({ ...base, card: { ...card, cvv: undefined } }), 'card.cvv');
    assertInvalid(await sale({ ...base, card: { ...card, cvv: '12a' } }), 'card.cvv');
    assertInvalid(await sale({ ...base, card: { ...card, postal_code: '' } }), 'card.postal_code');
    assertInvalid(await sale({ ...base, card: { ...card, postal_code: '#' } }), 'card.postal_code');
    assertInvalid(await sale({ ...base, card: { number: card.number } }), 'card.expiry');
    assertInvalid(await sale(base), 'card');
    assertInvalid(await sale({ ...CASH_SALE, card }), 'card');
    setOverrides(app, 'merchant', {
      'processing.config.cvv': false,
      'processing.config.avs': false,
    });
    const lax = await sale({ ...base, card: { number: card.number, expiry: card.expiry } });
    assert.equal(lax.statusCode, 201, lax.body);
    assert.equal((lax.json() as TransactionJson).card?.avs_result, 'not_checked');
  });

  it('declines CVV/AVS mismatches only when *.reverse_mismatch is on', async () => {
    const card = { ...visa(app), cvv: '000', postal_code: '00000' };
    const approved = (
      await sale({ lines: [{ amount: 100 }], tender: 'Card', card })
    ).json() as TransactionJson;
    assert.equal(approved.status, 'approved');
    assert.equal(approved.card?.cvv_result, 'mismatch');
    setOverrides(app, 'merchant', { 'processing.config.avs.reverse_mismatch': true });
    const declined = (
      await sale({ lines: [{ amount: 100 }], tender: 'Card', card })
    ).json() as TransactionJson;
    assert.equal(declined.decline?.code, 'avs_mismatch');
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

  it('enforces every flag server-side with 403 forbidden', async () => {
    const clerk = await signIn(app, 'clerk'); // no virtual terminal
    assertError(await sale(CASH_SALE, clerk), 403, 'forbidden');
    const cases: [Configuration, unknown][] = [
      [{ 'processing.config.tip': false }, { ...CASH_SALE, tip: 0 }],
      [{ 'processing.config.tax': false }, { ...CASH_SALE, tax_rate: 5 }],
      [{ 'processing.config.discount': false }, { ...CASH_SALE, discount: 1 }],
      [
        { 'processing.permissions.manual_entry': false },
        { ...CASH_SALE, tender: 'Card', card: visa(app) },
      ],
      [{ 'processing.config.tender_types': ['Card'] }, CASH_SALE],
      [
        { 'processing.config.tender_types': 'Cash' },
        { ...CASH_SALE, tender: 'Card', card: visa(app) },
      ],
      [
        { 'component.access.inventory_management': false },
        { lines: [{ item_id: 'item_00000000000000000000' }], tender: 'Cash' },
      ],
      [{ 'component.access.virtual_terminal': 'false' }, CASH_SALE],
    ];
    for (const [overrides, body] of cases) {
      setOverrides(app, 'merchant', overrides);
      assertError(await sale(body), 403, 'forbidden');
    }
    setOverrides(app, 'merchant', { 'processing.config.tax': false });
    const untaxed = (await sale(CASH_SALE)).json() as TransactionJson;
    assert.equal(untaxed.tax, 0); // no tax at all when the flag is off
  });

  it('is refused before the first-login steps, without a session, and for non-merchants', async () => {
    assertError(
      await sale(CASH_SALE, await signIn(app, 'newuser')),
      403,
      'account_action_required',
    );
    assertError(
      await sale(CASH_SALE, {
        ...merchant,
        call: (m, u, b) => merchant.call(m, u, b, { 'X-Roam-Token': 'MCM6-nope' }),
      }),
      401,
      'invalid_session',
    );
    assertError(await sale(CASH_SALE, await signIn(app, 'sysadmin')), 403, 'forbidden');
  });

  it('records in CAD for the Canadian merchant', async () => {
    const canada = await signIn(app, 'canada');
    const t = (await sale(CASH_SALE, canada)).json() as TransactionJson;
    assert.equal(t.currency, 'CAD');
  });

  it('replays a retried sale with the same Idempotency-Key instead of charging twice', async () => {
    const body = { lines: [{ amount: 777 }], tender: 'Card', card: visa(app) };
    const first = await sale(body, merchant, { 'Idempotency-Key': 'sale-1' });
    const second = await sale(body, merchant, { 'Idempotency-Key': 'sale-1' });
    assert.equal(first.statusCode, 201);
    assert.equal(second.statusCode, 201);
    assert.equal(second.headers['idempotent-replayed'], 'true');
    assert.equal(first.headers['idempotent-replayed'], undefined);
    assert.equal(second.body, first.body);
    const count = app.sandbox.db
      .prepare('SELECT COUNT(*) FROM transactions WHERE total = 777')
      .pluck()
      .get();
    assert.equal(count, 1);
    // The same key with another body is a conflict; another user may use the same key.
    assertError(
      await sale({ ...body, lines: [{ amount: 778 }] }, merchant, { 'Idempotency-Key': 'sale-1' }),
      409,
      'conflict',
    );
    const canada = await signIn(app, 'canada');
    assert.equal((await sale(CASH_SALE, canada, { 'Idempotency-Key': 'sale-1' })).statusCode, 201);
    // A failed request is not remembered: fixing it under the same key works.
    assertInvalid(
      await sale({ ...CASH_SALE, tip: -5 }, merchant, { 'Idempotency-Key': 'sale-2' }),
      'tip',
    );
    assert.equal(
      (await sale(CASH_SALE, merchant, { 'Idempotency-Key': 'sale-2' })).statusCode,
      201,
    );
    const bad = await sale(CASH_SALE, merchant, { 'Idempotency-Key': 'x'.repeat(256) });
    assertInvalid(bad, 'Idempotency-Key');
    assert.equal(errorOf(bad).code, 'invalid_request');
  });

  it('never logs card data, even at trace level', async () => {
    let log = '';
    const logged = await testServer({
      logger: { level: 'trace', stream: { write: (line: string) => (log += line) } },
    });
    try {
      const caller = await signIn(logged, 'merchant');
      const card = { ...visa(logged, '6011111111111117'), cvv: '864' };
      const ok = await caller.call('POST', SALES, {
        lines: [{ amount: 100 }],
        tender: 'Card',
        card,
      });
      assert.equal(ok.statusCode, 201);
      const bad = await caller.call('POST', SALES, {
        lines: [{ amount: 100 }],
        tender: 'Card',
        card: { ...card, number: '6011111111111118' },
      });
      assert.equal(bad.statusCode, 400);
      assert.match(log, /incoming request/, 'the logger did write');
      for (const secret of ['6011111111111117', '6011111111111118', '"864"', card.expiry]) {
        assert.ok(!log.includes(secret), secret);
      }
    } finally {
      await logged.close();
    }
  });
});
