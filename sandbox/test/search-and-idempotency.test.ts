import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalJson } from '../http/idempotency.ts';
import { assertInvalid, visa } from './merchant.helpers.ts';
import { assertReplayedOnce, useSaleSandbox } from './transactions.helpers.ts';

/** Issue 15, item 7: the smaller findings. */
describe('idempotency fingerprint and search text', () => {
  const { app, merchant, sale } = useSaleSandbox();

  it('canonical JSON sorts object keys at every depth and keeps array order', () => {
    assert.equal(
      canonicalJson({ b: 1, a: [{ d: 1, c: 'x' }, null] }),
      canonicalJson({ a: [{ c: 'x', d: 1 }, null], b: 1 }),
    );
    assert.equal(canonicalJson({ b: 1, a: { d: true } }), '{"a":{"d":true},"b":1}');
    assert.notEqual(canonicalJson([1, 2]), canonicalJson([2, 1]));
    assert.notEqual(canonicalJson({ a: '1' }), canonicalJson({ a: 1 }));
  });

  it('the same sale with its keys in another order replays instead of a 409', async () => {
    const card = visa(app());
    const body = { lines: [{ amount: 4321, quantity: 2 }], tender: 'Card', card };
    const reordered = {
      card: {
        postal_code: card.postal_code,
        cvv: card.cvv,
        expiry: card.expiry,
        number: card.number,
      },
      tender: 'Card',
      lines: [{ quantity: 2, amount: 4321 }],
    };
    assert.notEqual(JSON.stringify(reordered), JSON.stringify(body));
    const first = await sale(body, merchant(), { 'Idempotency-Key': 'reordered-1' });
    const retry = await sale(reordered, merchant(), { 'Idempotency-Key': 'reordered-1' });
    assertReplayedOnce(app(), first, retry, 8642);
  });

  it('a NUL or another control character in q is a 400 on q, not "match everything"', async () => {
    for (const url of ['/WSAPI/Transactions', '/WSAPI/Inventory']) {
      for (const q of ['%00', '%00latte', 'a%1Bb', '%7F']) {
        assertInvalid(await merchant().call('GET', `${url}?q=${q}`), 'q');
      }
      const none = await merchant().json<{ total_count: number }>(
        'GET',
        `${url}?q=zz-no-such-text`,
      );
      assert.equal(none.total_count, 0, url);
    }
  });
});
