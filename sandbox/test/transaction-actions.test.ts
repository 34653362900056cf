import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { settlementTime } from '../payments/calendar.ts';
import { advanceClock } from './helpers.ts';
import {
  assertError,
  assertInvalid,
  CASH_SALE,
  itemNamed,
  setOverrides,
  signIn,
  visa,
  useMerchantSandbox,
  type TransactionJson,
} from './merchant.helpers.ts';

const SALES = '/WSAPI/Transactions';

describe('Refund, Void, Receipt', () => {
  const { app, merchant } = useMerchantSandbox();

  const newSale = async (
    body: unknown = { lines: [{ amount: 5000 }], tender: 'Card', card: visa(app()) },
  ) => merchant().json<TransactionJson>('POST', SALES, body);
  const refund = (
    id: string,
    body?: unknown,
    caller = merchant(),
    extra: Record<string, string> = {},
  ) => caller.call('POST', `${SALES}/${id}/Refund`, body, extra);
  const voidSale = (id: string, caller = merchant()) => caller.call('POST', `${SALES}/${id}/Void`);

  it('refunds partially, then the rest; never more than remains (400 amount)', async () => {
    const sale = await newSale();
    const partial = await refund(sale.id, { amount: 1200 });
    assert.equal(partial.statusCode, 200, partial.body);
    const afterPartial = partial.json() as TransactionJson;
    assert.equal(afterPartial.status, 'partially_refunded');
    assert.equal(afterPartial.refunded, 1200);
    assert.equal(afterPartial.refundable, 3800);
    assert.equal(afterPartial.refunds.length, 1);
    assert.equal(afterPartial.refunds[0]!.amount, 1200);
    assert.equal(afterPartial.voidable, false);

    assertInvalid(await refund(sale.id, { amount: 3801 }), 'amount');
    assertInvalid(await refund(sale.id, { amount: 0 }), 'amount');
    assertInvalid(await refund(sale.id, { amount: 1.5 }), 'amount');
    const rest = (await refund(sale.id)).json() as TransactionJson; // no body: the rest
    assert.equal(rest.status, 'refunded');
    assert.equal(rest.refunded, 5000);
    assert.equal(rest.refundable, 0);
    assert.deepEqual(
      rest.refunds.map((r) => r.amount),
      [1200, 3800],
    );
    assertError(await refund(sale.id, { amount: 1 }), 409, 'conflict');

    // Refund rows are transactions of their own, linked to the sale, same tender and card.
    const row = await merchant().json<TransactionJson>('GET', `${SALES}/${rest.refunds[0]!.id}`);
    assert.equal(row.type, 'refund');
    assert.equal(row.parent_id, sale.id);
    assert.equal(row.total, 1200);
    assert.equal(row.card?.last4, '1111');
    assertError(await refund(row.id), 409, 'conflict');
    assertError(await voidSale(row.id), 409, 'conflict');
  });

  it('restocks items on request when the rest of an item sale is refunded', async () => {
    const mug = await itemNamed(merchant(), 'Ceramic Mug');
    const sale = await newSale({ lines: [{ item_id: mug.id, quantity: 2 }], tender: 'Cash' });
    assert.equal((await itemNamed(merchant(), 'Ceramic Mug')).stock, mug.stock! - 2);
    assertInvalid(await refund(sale.id, { amount: 100, restock: true }), 'restock');
    const refunded = (await refund(sale.id, { restock: true })).json() as TransactionJson;
    assert.equal(refunded.restocked, true);
    assert.equal((await itemNamed(merchant(), 'Ceramic Mug')).stock, mug.stock);
    const cash = await newSale(CASH_SALE);
    assertInvalid(await refund(cash.id, { restock: true }), 'restock');
    setOverrides(app(), 'merchant', { 'component.access.inventory_management': false });
    const other = await newSale(CASH_SALE);
    assertError(await refund(other.id, { restock: true }), 403, 'forbidden');
  });

  it('refuses refunds of declined and voided sales (409)', async () => {
    const declined = await newSale({
      lines: [{ amount: 100 }],
      tender: 'Card',
      card: visa(app(), '4000000000000002'),
    });
    assertError(await refund(declined.id), 409, 'conflict');
    const voided = await newSale();
    assert.equal((await voidSale(voided.id)).statusCode, 200);
    assertError(await refund(voided.id), 409, 'conflict');
  });

  it('needs processing.permissions.refund and .refund.merchant_portal (403)', async () => {
    const sale = await newSale();
    const clerk = await signIn(app(), 'clerk');
    assertError(await refund(sale.id, {}, clerk), 403, 'forbidden');
    setOverrides(app(), 'merchant', { 'processing.permissions.refund.merchant_portal': false });
    assertError(await refund(sale.id), 403, 'forbidden');
    setOverrides(app(), 'merchant', { 'processing.permissions.refund': 0 });
    assertError(await refund(sale.id), 403, 'forbidden');
    setOverrides(app(), 'merchant', {});
    assert.equal((await refund(sale.id)).statusCode, 200);
  });

  it('a retried refund with the same Idempotency-Key refunds once', async () => {
    const sale = await newSale();
    const key = { 'Idempotency-Key': 'refund-7f3a' };
    const first = await refund(sale.id, { amount: 1000 }, merchant(), key);
    const retry = await refund(sale.id, { amount: 1000 }, merchant(), key);
    assert.equal(first.statusCode, 200);
    assert.equal(retry.statusCode, 200);
    assert.equal(retry.headers['idempotent-replayed'], 'true');
    const now = await merchant().json<TransactionJson>('GET', `${SALES}/${sale.id}`);
    assert.equal(now.refunded, 1000);
    assert.equal(now.refunds.length, 1);
    // The same key on another sale is another request: 409.
    const other = await newSale();
    assertError(await refund(other.id, { amount: 1000 }, merchant(), key), 409, 'conflict');
  });

  it('voids an unsettled sale, puts its items back, and only once', async () => {
    const bag = await itemNamed(merchant(), 'Tote Bag');
    const sale = await newSale({ lines: [{ item_id: bag.id, quantity: 3 }], tender: 'Cash' });
    assert.equal(sale.voidable, true);
    const response = await voidSale(sale.id);
    assert.equal(response.statusCode, 200, response.body);
    const voided = response.json() as TransactionJson;
    assert.equal(voided.status, 'voided');
    assert.equal(voided.voidable, false);
    assert.equal(voided.refundable, 0);
    assert.equal((await itemNamed(merchant(), 'Tote Bag')).stock, bag.stock);
    assertError(await voidSale(sale.id), 409, 'conflict');
  });

  it('refuses to void after settlement (409 conflict): the next 00:00 UTC', async () => {
    const sale = await newSale();
    const partly = await newSale();
    assert.equal((await refund(partly.id, { amount: 1 })).statusCode, 200);
    assertError(await voidSale(partly.id), 409, 'conflict');
    const declined = await newSale({
      lines: [{ amount: 100 }],
      tender: 'Card',
      card: visa(app(), '4000000000000010'),
    });
    assertError(await voidSale(declined.id), 409, 'conflict');

    const now = app().sandbox.clock.now();
    await advanceClock(app(), Math.ceil((settlementTime(now) - now) / 1000) + 1);
    const again = await signIn(app(), 'merchant'); // the old session idled out
    const settled = await again.json<TransactionJson>('GET', `${SALES}/${sale.id}`);
    assert.equal(settled.settled, true);
    assert.equal(settled.voidable, false);
    assertError(await voidSale(sale.id, again), 409, 'conflict');
    // a settled sale is refunded instead
    assert.equal((await refund(sale.id, undefined, again)).statusCode, 200);
  });

  it('needs processing.permissions.void (403)', async () => {
    const sale = await newSale();
    assertError(await voidSale(sale.id, await signIn(app(), 'clerk')), 403, 'forbidden');
    setOverrides(app(), 'merchant', { 'processing.permissions.void': false });
    assertError(await voidSale(sale.id), 403, 'forbidden');
  });

  it('emails a receipt (kept in the outbox) whose tax lines follow processing.receipt.show_tax', async () => {
    const sale = await newSale({
      lines: [{ amount: 2000, description: '<b>Cake</b>' }],
      tender: 'Cash',
      tax_rate: 8.25,
      tip: 100,
    });
    const clerk = await signIn(app(), 'clerk'); // anyone of the organization may send one
    const response = await clerk.call('POST', `${SALES}/${sale.id}/Receipt`, {
      email: ' buyer@example.com ',
    });
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json() as { email: string; receipt: Record<string, unknown> };
    assert.equal(body.email, 'buyer@example.com');
    assert.equal(body.receipt['tax'], 165);
    assert.equal(body.receipt['total'], 2265);
    assert.equal(body.receipt['merchant_name'], 'Demo Merchant');
    assert.match(String(body.receipt['text']), /Tax \(8\.25%\)\s+\$1\.65/);
    assert.match(String(body.receipt['text']), /Total\s+\$22\.65/);
    assert.match(String(body.receipt['text']), /<b>Cake<\/b>/); // text, as given

    const outbox = await app().inject({ method: 'GET', url: '/__sandbox/outbox' });
    const messages = (outbox.json() as { messages: { email: string; transaction_id: string }[] })
      .messages;
    assert.equal(messages[0]!.email, 'buyer@example.com');
    assert.equal(messages[0]!.transaction_id, sale.id);

    setOverrides(app(), 'merchant', { 'processing.receipt.show_tax': false });
    const noTax = (
      await merchant().call('POST', `${SALES}/${sale.id}/Receipt`, { email: 'b@example.com' })
    ).json() as {
      receipt: Record<string, unknown>;
    };
    assert.equal('tax' in noTax.receipt, false);
    assert.equal('tax_rate' in noTax.receipt, false);
    assert.doesNotMatch(String(noTax.receipt['text']), /Tax/);
    assert.equal(noTax.receipt['total'], 2265);

    assertInvalid(
      await merchant().call('POST', `${SALES}/${sale.id}/Receipt`, { email: 'nope' }),
      'email',
    );
    assertInvalid(await merchant().call('POST', `${SALES}/${sale.id}/Receipt`, {}), 'email');
  });

  it("keeps organizations apart: another organization's ids are 404 everywhere", async () => {
    const canada = await signIn(app(), 'canada');
    const theirs = await canada.json<TransactionJson>('POST', SALES, CASH_SALE);
    for (const [method, url, body] of [
      ['GET', `${SALES}/${theirs.id}`, undefined],
      ['POST', `${SALES}/${theirs.id}/Refund`, {}],
      ['POST', `${SALES}/${theirs.id}/Void`, undefined],
      ['POST', `${SALES}/${theirs.id}/Receipt`, { email: 'a@example.com' }],
      ['GET', `${SALES}/txn_00000000000000000000`, undefined],
      ['GET', `${SALES}/not-an-id`, undefined],
      ['POST', `${SALES}/../Refund`, {}],
    ] as const) {
      assertError(await merchant().call(method, url, body), 404, 'not_found');
    }
    const still = await canada.json<TransactionJson>('GET', `${SALES}/${theirs.id}`);
    assert.equal(still.status, 'approved');
    // Same organization: the clerk sees the merchant's sale.
    const mine = await newSale(CASH_SALE);
    const clerk = await signIn(app(), 'clerk');
    assert.equal(
      (await clerk.json<TransactionJson>('GET', `${SALES}/${mine.id.toUpperCase()}`)).id,
      mine.id,
    );
  });

  it('answers 405 with Allow for other methods', async () => {
    const sale = await newSale(CASH_SALE);
    for (const [method, url, allow] of [
      ['DELETE', SALES, 'GET, POST'],
      ['PUT', `${SALES}/${sale.id}`, 'GET'],
      ['GET', `${SALES}/${sale.id}/Refund`, 'POST'],
      ['GET', `${SALES}/${sale.id}/Void`, 'POST'],
      ['PUT', `${SALES}/${sale.id}/Receipt`, 'POST'],
      ['POST', `${SALES}/Summary`, 'GET'],
      ['POST', `${SALES}/Export`, 'GET'],
    ] as const) {
      const response = await merchant().call(method, url, {});
      assertError(response, 405, 'method_not_allowed');
      assert.equal(response.headers['allow'], allow);
    }
  });
});
