import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { errorOf } from './helpers.ts';
import { assertError, assertInvalid, CASH_SALE, signIn, visa } from './merchant.helpers.ts';
import { assertReplayedOnce, useSaleSandbox } from './transactions.helpers.ts';

describe('POST /WSAPI/Transactions (record a sale): Idempotency-Key', () => {
  const { app, merchant, sale } = useSaleSandbox();

  it('replays a retried sale with the same Idempotency-Key instead of charging twice', async () => {
    const body = { lines: [{ amount: 777 }], tender: 'Card', card: visa(app()) };
    const first = await sale(body, merchant(), { 'Idempotency-Key': 'sale-1' });
    const second = await sale(body, merchant(), { 'Idempotency-Key': 'sale-1' });
    assertReplayedOnce(app(), first, second, 777);
    assert.equal(first.headers['idempotent-replayed'], undefined);
    // The same key with another body is a conflict; another user may use the same key.
    assertError(
      await sale({ ...body, lines: [{ amount: 778 }] }, merchant(), {
        'Idempotency-Key': 'sale-1',
      }),
      409,
      'conflict',
    );
    const canada = await signIn(app(), 'canada');
    assert.equal((await sale(CASH_SALE, canada, { 'Idempotency-Key': 'sale-1' })).statusCode, 201);
    // A failed request is not remembered: fixing it under the same key works.
    assertInvalid(
      await sale({ ...CASH_SALE, tip: -5 }, merchant(), { 'Idempotency-Key': 'sale-2' }),
      'tip',
    );
    assert.equal(
      (await sale(CASH_SALE, merchant(), { 'Idempotency-Key': 'sale-2' })).statusCode,
      201,
    );
    const bad = await sale(CASH_SALE, merchant(), { 'Idempotency-Key': 'x'.repeat(256) });
    assertInvalid(bad, 'Idempotency-Key');
    assert.equal(errorOf(bad).code, 'invalid_request');
  });
});
