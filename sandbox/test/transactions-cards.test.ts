import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertInvalid,
  CASH_SALE,
  itemNamed,
  setOverrides,
  visa,
  type TransactionJson,
} from './merchant.helpers.ts';
import { SALES, useSaleSandbox } from './transactions.helpers.ts';

describe('POST /WSAPI/Transactions (record a sale): card payments, declines and card validation', () => {
  const { app, merchant, sale } = useSaleSandbox();

  it('records a card sale by manual entry, keeping brand and last four only', async () => {
    const response = await sale({
      lines: [{ amount: 2500 }],
      tender: 'Card',
      tip: 500,
      card: visa(app()),
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

  it('declines by test card number and records the decline without touching stock', async () => {
    const muffin = await itemNamed(merchant(), 'Blueberry Muffin');
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
        card: visa(app(), number),
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
    assert.equal((await itemNamed(merchant(), 'Blueberry Muffin')).stock, muffin.stock);
    const declined = await merchant().json<{ total_count: number }>(
      'GET',
      `${SALES}?status=declined&q=0002`,
    );
    assert.ok(declined.total_count >= 1);
  });

  it('validates the card: Luhn, brand, expiry, CVV when configured, postal code when AVS', async () => {
    const base = { lines: [{ amount: 100 }], tender: 'Card' };
    const card = visa(app());
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
    setOverrides(app(), 'merchant', {
      'processing.config.cvv': false,
      'processing.config.avs': false,
    });
    const lax = await sale({ ...base, card: { number: card.number, expiry: card.expiry } });
    assert.equal(lax.statusCode, 201, lax.body);
    assert.equal((lax.json() as TransactionJson).card?.avs_result, 'not_checked');
  });

  it('declines CVV/AVS mismatches only when *.reverse_mismatch is on', async () => {
    const card = { ...visa(app()), cvv: '000', postal_code: '00000' };
    const approved = (
      await sale({ lines: [{ amount: 100 }], tender: 'Card', card })
    ).json() as TransactionJson;
    assert.equal(approved.status, 'approved');
    assert.equal(approved.card?.cvv_result, 'mismatch');
    setOverrides(app(), 'merchant', { 'processing.config.avs.reverse_mismatch': true });
    const declined = (
      await sale({ lines: [{ amount: 100 }], tender: 'Card', card })
    ).json() as TransactionJson;
    assert.equal(declined.decline?.code, 'avs_mismatch');
  });
});
