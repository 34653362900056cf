import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DAY_MS, startOfLocalDay } from '../payments/calendar.ts';
import { SALES, useHistorySandbox, type Page, type Row } from './history.helpers.ts';
import { assertError, assertInvalid, signIn } from './merchant.helpers.ts';

describe('GET /WSAPI/Transactions (history): the seeded list, paging, sorting, filters and scope', () => {
  const { app, merchant, rows, page } = useHistorySandbox();

  it('the seed gives org 8 a few hundred transactions over 90 days, both tenders, refunds and voids', () => {
    const sales = rows().filter((row) => row.type === 'sale');
    assert.ok(sales.length >= 250 && sales.length <= 450, `${sales.length} sales`);
    const span = rows()[0]!.created_at - rows().at(-1)!.created_at;
    assert.ok(span > 85 * DAY_MS && span <= 90 * DAY_MS, `${span / DAY_MS} days`);
    for (const status of ['approved', 'declined', 'voided', 'refunded', 'partially_refunded'])
      assert.ok(
        sales.some((row) => row.status === status),
        status,
      );
    for (const tender of ['Cash', 'Card']) assert.ok(sales.some((row) => row.tender === tender));
    assert.ok(rows().some((row) => row.type === 'refund'));
    assert.ok(rows().every((row) => row.currency === 'USD'));
  });

  it('pages newest first by default, with total_count, and pages that tile the list', async () => {
    const first = await page('page_size=40');
    assert.equal(first.page, 1);
    assert.equal(first.page_size, 40);
    assert.equal(first.total_count, rows().length);
    assert.equal(first.total_pages, Math.ceil(rows().length / 40));
    const ids: string[] = [];
    for (let n = 1; n <= first.total_pages; n += 1) {
      ids.push(...(await page(`page_size=40&page=${n}`)).transactions.map((t) => t.id));
    }
    assert.deepEqual(
      ids,
      rows().map((row) => row.id),
    );
    assert.equal((await page(`page=${first.total_pages + 1}&page_size=40`)).transactions.length, 0);
    assert.equal((await page('')).page_size, 25);
    assert.equal('lines' in first.transactions[0]!, false); // list rows are light
  });

  it('sorts by total and created_at, both directions', async () => {
    const byTotal = (await page('sort=total&page_size=100')).transactions.map((t) => t.total);
    assert.deepEqual(byTotal, [...rows().map((r) => r.total)].sort((a, b) => a - b).slice(0, 100));
    const desc = (await page('sort=-total&page_size=5')).transactions.map((t) => t.total);
    assert.deepEqual(desc, [...rows().map((r) => r.total)].sort((a, b) => b - a).slice(0, 5));
    const oldest = (await page('sort=created_at&page_size=3')).transactions.map((t) => t.id);
    assert.deepEqual(
      oldest,
      rows()
        .slice(-3)
        .reverse()
        .map((r) => r.id),
    );
  });

  it('filters by status, tender, type, amount, date range and text', async () => {
    const count = (query: string) => page(query).then((p) => p.total_count);
    const expect = (predicate: (row: Row) => boolean) => rows().filter(predicate).length;
    assert.equal(
      await count('status=declined'),
      expect((r) => r.status === 'declined'),
    );
    assert.equal(
      await count('status=refunded,partially_refunded'),
      expect((r) => r.status === 'refunded' || r.status === 'partially_refunded'),
    );
    assert.equal(
      await count('tender=Card&type=sale'),
      expect((r) => r.tender === 'Card' && r.type === 'sale'),
    );
    assert.equal(
      await count('type=refund'),
      expect((r) => r.type === 'refund'),
    );
    assert.equal(
      await count('amount=1234'),
      expect((r) => r.total === 1234),
    );
    assert.equal(
      await count('amount_min=1000&amount_max=2000'),
      expect((r) => r.total >= 1000 && r.total <= 2000),
    );
    const mid = rows()[Math.floor(rows().length / 2)]!.created_at;
    const from = new Date(mid - 10 * DAY_MS);
    const fromText = from.toISOString().slice(0, 10);
    const toText = new Date(mid).toISOString().slice(0, 10);
    const fromMs = Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate());
    const toMs = startOfLocalDay(mid, 'UTC', 1);
    assert.equal(
      await count(`from=${fromText}&to=${toText}`),
      expect((r) => r.created_at >= fromMs && r.created_at < toMs),
    );
    // The same window as instants (RFC 3339 with an offset and the vendor format).
    const isoFrom = encodeURIComponent(new Date(fromMs).toISOString().replace('Z', '+00:00'));
    assert.equal(
      await count(
        `from=${isoFrom}&to=${new Date(toMs).toISOString().replace(/[-:T]|\.\d+Z/g, '')}`,
      ),
      expect((r) => r.created_at >= fromMs && r.created_at < toMs),
    );
    const visa = await page('q=4242&page_size=100');
    assert.ok(visa.total_count > 0);
    assert.ok(visa.transactions.every((t) => t.card?.last4 === '4242'));
    assert.equal(await count(`q=${rows()[5]!.id.slice(0, 12)}`), 1);
    assert.equal((await page('q=comma%2C%20%22QUOTED')).total_count, 1);
    assert.equal(await count('q=%25'), 0); // LIKE wildcards are literal
    const latte = await page('q=latte&page_size=100');
    assert.ok(latte.total_count > 0);
  });

  it('refuses bad paging, sort and filter values with the field', async () => {
    for (const [query, field] of [
      ['page=0', 'page'],
      ['page=x', 'page'],
      ['page_size=101', 'page_size'],
      ['page_size=0', 'page_size'],
      ['sort=name', 'sort'],
      ['status=pending', 'status'],
      ['status=approved&status=declined', 'status'],
      ['tender=Cheque', 'tender'],
      ['type=void', 'type'],
      ['from=yesterday', 'from'],
      ['to=2026-02-30', 'to'],
      ['amount=12.50', 'amount'],
      ['amount_min=-1', 'amount_min'],
      ['time_zone=Mars/Olympus', 'time_zone'],
      ['colour=blue', 'colour'],
    ] as const) {
      assertInvalid(await merchant().call('GET', `${SALES}?${query}`), field);
    }
  });

  it("lists only the caller's organization", async () => {
    const canada = await signIn(app(), 'canada');
    const theirs = await canada.json<Page>('GET', `${SALES}?page_size=100`);
    const ours = new Set(rows().map((row) => row.id));
    assert.ok(theirs.total_count > 0);
    assert.ok(theirs.transactions.every((t) => t.currency === 'CAD' && !ours.has(t.id)));
    const clerk = await signIn(app(), 'clerk');
    assert.equal((await clerk.json<Page>('GET', SALES)).total_count, rows().length);
    assertError(
      await (await signIn(app(), 'newuser')).call('GET', SALES),
      403,
      'account_action_required',
    );
  });
});
