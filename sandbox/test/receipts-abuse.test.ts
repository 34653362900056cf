import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  OUTBOX_LIMIT,
  RECEIPTS_PER_TRANSACTION_PER_HOUR,
  RECEIPTS_PER_USER_PER_HOUR,
} from '../payments/receipt-policy.ts';
import { ReceiptsRepository } from '../store/receipts.ts';
import { advanceClock } from './helpers.ts';
import { assertError, CASH_SALE, signIn, useMerchantSandbox } from './merchant.helpers.ts';

const RECEIPT_SETTINGS = '/WSAPI/Merchants/Current/ReceiptSettings';
const SETTINGS = { header: 'Mail me', footer: 'anywhere' };

/** Issue 15, item 5: who may rewrite the organization's receipt, and how much mail one user sends. */
describe('receipt settings and receipt sending', () => {
  const { app, merchant } = useMerchantSandbox();

  const newSale = async () =>
    (await merchant().json<{ id: string }>('POST', '/WSAPI/Transactions', CASH_SALE)).id;
  const send = (id: string, email: string, caller = merchant()) =>
    caller.call('POST', `/WSAPI/Transactions/${id}/Receipt`, { email });

  it('the clerk cannot change the organization receipt; the merchant and an org admin can', async () => {
    const clerk = await signIn(app(), 'clerk');
    assertError(await clerk.call('PUT', RECEIPT_SETTINGS, SETTINGS), 403, 'forbidden');
    assert.equal(
      (await clerk.json<{ editable: boolean }>('GET', RECEIPT_SETTINGS)).editable,
      false,
    );
    assert.notEqual(
      (await clerk.json<{ header: string }>('GET', RECEIPT_SETTINGS)).header,
      'Mail me',
    );

    assert.equal((await merchant().call('PUT', RECEIPT_SETTINGS, SETTINGS)).statusCode, 200);
    const admin = await signIn(app(), 'admin');
    assert.equal((await admin.json<{ editable: boolean }>('GET', RECEIPT_SETTINGS)).editable, true);
    assert.equal((await admin.call('PUT', RECEIPT_SETTINGS, SETTINGS)).statusCode, 200);
  });

  it(`sends ${RECEIPTS_PER_TRANSACTION_PER_HOUR} receipts of one transaction an hour, then 429 + Retry-After`, async () => {
    const id = await newSale();
    for (let i = 0; i < RECEIPTS_PER_TRANSACTION_PER_HOUR; i++) {
      assert.equal((await send(id, `customer${i}@example.com`)).statusCode, 200);
    }
    const refused = await send(id, 'one-more@example.com');
    assertError(refused, 429, 'too_many_requests');
    const retryAfter = Number(refused.headers['retry-after']);
    assert.ok(
      Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 3600,
      `${retryAfter}`,
    );
    const clerk = await signIn(app(), 'clerk');
    assertError(await send(id, 'clerk@example.com', clerk), 429, 'too_many_requests');
    assert.equal((await send(await newSale(), 'other-sale@example.com')).statusCode, 200);
    await advanceClock(app(), 3601);
    const again = await signIn(app(), 'merchant'); // the session idled out meanwhile
    assert.equal((await send(id, 'next-hour@example.com', again)).statusCode, 200);
  });

  it(`100 parallel receipts to 100 addresses: at most ${RECEIPTS_PER_USER_PER_HOUR} sent by one user`, async () => {
    const sales: string[] = [];
    for (let i = 0; i < 20; i++) sales.push(await newSale());
    const responses = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        send(sales[i % sales.length]!, `victim${i}@example.com`),
      ),
    );
    const sent = responses.filter((response) => response.statusCode === 200).length;
    assert.equal(sent, RECEIPTS_PER_USER_PER_HOUR);
    for (const response of responses) {
      if (response.statusCode !== 200) assertError(response, 429, 'too_many_requests');
    }
    const outbox = await app().inject({ method: 'GET', url: '/__sandbox/outbox' });
    const messages = (outbox.json() as { messages: unknown[] }).messages;
    assert.equal(messages.length, RECEIPTS_PER_USER_PER_HOUR);
  });

  it(`the outbox keeps the latest ${OUTBOX_LIMIT} messages`, async () => {
    const id = await newSale();
    const receipts = new ReceiptsRepository(app().sandbox.db);
    const message = (n: number) => ({
      organizationId: '8',
      transactionId: id,
      email: `bulk${n}@example.com`,
      receipt: {},
      createdAt: n,
    });
    for (let n = 0; n < OUTBOX_LIMIT + 25; n++) receipts.send(message(n));
    const count = app().sandbox.db.prepare('SELECT COUNT(*) FROM receipt_outbox').pluck().get();
    assert.equal(count, OUTBOX_LIMIT);
    assert.equal(receipts.outbox(1)[0]!.email, `bulk${OUTBOX_LIMIT + 24}@example.com`);
  });
});
