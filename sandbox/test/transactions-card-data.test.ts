import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { testServer } from './helpers.ts';
import { signIn, visa } from './merchant.helpers.ts';
import { SALES, useSaleSandbox } from './transactions.helpers.ts';

describe('POST /WSAPI/Transactions (record a sale): card data is never stored or logged', () => {
  const { app, merchant, sale } = useSaleSandbox();

  it('never stores the full card number, the CVV or the expiry', async () => {
    const number = '5555555555554444';
    const cvv = '739';
    const card = {
      number: '5555 5555 5555 4444',
      expiry: visa(app()).expiry,
      cvv,
      postal_code: '10001',
    };
    assert.equal(
      (
        await sale({ lines: [{ amount: 4321 }], tender: 'Card', card }, merchant(), {
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
    const db = app().sandbox.db;
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
