import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { DAY_MS, localDate, startOfLocalDay } from '../payments/calendar.ts';
import { parseVendorTimestamp, testServer } from './helpers.ts';
import {
  assertError,
  assertInvalid,
  reset,
  signIn,
  type Caller,
  type TransactionJson,
} from './merchant.helpers.ts';

const SALES = '/WSAPI/Transactions';

interface Page {
  transactions: TransactionJson[];
  page: number;
  page_size: number;
  total_count: number;
  total_pages: number;
}

interface Row {
  id: string;
  organization_id: string;
  type: string;
  status: string;
  tender: string;
  total: number;
  created_at: number;
  currency: string;
  card_last4: string | null;
}

describe('history, export and summary', () => {
  let app: FastifyInstance;
  let merchant: Caller;
  let rows: Row[];
  before(async () => {
    app = await testServer();
    await reset(app);
    merchant = await signIn(app, 'merchant');
    // A few sales of our own, including awkward text for the CSV.
    for (const description of ['Plain', 'Comma, "quoted"', '=HYPERLINK("http://x")', '@SUM(A1)']) {
      await merchant.json('POST', SALES, {
        lines: [{ amount: 1234, description }],
        tender: 'Cash',
      });
    }
    rows = app.sandbox.db
      .prepare(
        "SELECT * FROM transactions WHERE organization_id = '8' ORDER BY created_at DESC, seq DESC",
      )
      .all() as Row[];
  });
  after(() => app.close());

  const page = (query: string) => merchant.json<Page>('GET', `${SALES}?${query}`);

  it('the seed gives org 8 a few hundred transactions over 90 days, both tenders, refunds and voids', () => {
    const sales = rows.filter((row) => row.type === 'sale');
    assert.ok(sales.length >= 250 && sales.length <= 450, `${sales.length} sales`);
    const span = rows[0]!.created_at - rows.at(-1)!.created_at;
    assert.ok(span > 85 * DAY_MS && span <= 90 * DAY_MS, `${span / DAY_MS} days`);
    for (const status of ['approved', 'declined', 'voided', 'refunded', 'partially_refunded'])
      assert.ok(
        sales.some((row) => row.status === status),
        status,
      );
    for (const tender of ['Cash', 'Card']) assert.ok(sales.some((row) => row.tender === tender));
    assert.ok(rows.some((row) => row.type === 'refund'));
    assert.ok(rows.every((row) => row.currency === 'USD'));
  });

  it('pages newest first by default, with total_count, and pages that tile the list', async () => {
    const first = await page('page_size=40');
    assert.equal(first.page, 1);
    assert.equal(first.page_size, 40);
    assert.equal(first.total_count, rows.length);
    assert.equal(first.total_pages, Math.ceil(rows.length / 40));
    const ids: string[] = [];
    for (let n = 1; n <= first.total_pages; n += 1) {
      ids.push(...(await page(`page_size=40&page=${n}`)).transactions.map((t) => t.id));
    }
    assert.deepEqual(
      ids,
      rows.map((row) => row.id),
    );
    assert.equal((await page(`page=${first.total_pages + 1}&page_size=40`)).transactions.length, 0);
    assert.equal((await page('')).page_size, 25);
    assert.equal('lines' in first.transactions[0]!, false); // list rows are light
  });

  it('sorts by total and created_at, both directions', async () => {
    const byTotal = (await page('sort=total&page_size=100')).transactions.map((t) => t.total);
    assert.deepEqual(byTotal, [...rows.map((r) => r.total)].sort((a, b) => a - b).slice(0, 100));
    const desc = (await page('sort=-total&page_size=5')).transactions.map((t) => t.total);
    assert.deepEqual(desc, [...rows.map((r) => r.total)].sort((a, b) => b - a).slice(0, 5));
    const oldest = (await page('sort=created_at&page_size=3')).transactions.map((t) => t.id);
    assert.deepEqual(
      oldest,
      rows
        .slice(-3)
        .reverse()
        .map((r) => r.id),
    );
  });

  it('filters by status, tender, type, amount, date range and text', async () => {
    const count = (query: string) => page(query).then((p) => p.total_count);
    const expect = (predicate: (row: Row) => boolean) => rows.filter(predicate).length;
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
    const mid = rows[Math.floor(rows.length / 2)]!.created_at;
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
    assert.equal(await count(`q=${rows[5]!.id.slice(0, 12)}`), 1);
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
      assertInvalid(await merchant.call('GET', `${SALES}?${query}`), field);
    }
  });

  it("lists only the caller's organization", async () => {
    const canada = await signIn(app, 'canada');
    const theirs = await canada.json<Page>('GET', `${SALES}?page_size=100`);
    const ours = new Set(rows.map((row) => row.id));
    assert.ok(theirs.total_count > 0);
    assert.ok(theirs.transactions.every((t) => t.currency === 'CAD' && !ours.has(t.id)));
    const clerk = await signIn(app, 'clerk');
    assert.equal((await clerk.json<Page>('GET', SALES)).total_count, rows.length);
    assertError(
      await (await signIn(app, 'newuser')).call('GET', SALES),
      403,
      'account_action_required',
    );
  });

  it('exports the filtered rows as CSV, escaped, in the list order', async () => {
    const response = await merchant.call('GET', `${SALES}/Export?tender=Cash&sort=-created_at`);
    assert.equal(response.statusCode, 200, response.body);
    assert.equal(response.headers['content-type'], 'text/csv; charset=utf-8');
    assert.match(
      String(response.headers['content-disposition']),
      /^attachment; filename="transactions-\d{8}\.csv"$/,
    );
    assert.equal(response.headers['cache-control'], 'no-store');
    const text = response.body;
    assert.ok(text.startsWith('id,type,parent_id,created_at,status,tender,'));
    assert.ok(text.endsWith('\r\n'));
    const cash = rows.filter((row) => row.tender === 'Cash');
    const records = text.split(/\r\n(?=txn_|$)/).filter((line) => line !== '');
    assert.equal(records.length, cash.length + 1);
    assert.deepEqual(
      records.slice(1).map((record) => record.slice(0, 24)),
      cash.map((row) => row.id),
    );
    assert.ok(text.includes('"1 x Comma, ""quoted"""'));
    assert.ok(text.includes(`"1 x =HYPERLINK(""http://x"")"`)); // starts with "1 x", not "="
    assert.ok(text.includes(',1 x @SUM(A1)\r\n'));
    assert.match(text, /,Cash,,,USD,12\.34,0\.00,0\.00,0\.00,12\.34,0\.00,merchant,/);
    const refunds = await merchant.call('GET', `${SALES}/Export?type=refund`);
    const firstRefund = refunds.body.split('\r\n')[1]!;
    assert.match(firstRefund, /,-\d+\.\d{2},0\.00,merchant,$/); // refunds are negative in the CSV
    assertInvalid(await merchant.call('GET', `${SALES}/Export?page=2`), 'page');
  });

  it('summarises today, the period, 30 days and tenders exactly as a direct computation', async () => {
    const timeZone = 'America/New_York';
    const summary = await merchant.json<{
      currency: string;
      time_zone: string;
      today: Record<string, number | string>;
      period: Record<string, number | string>;
      by_tender: Record<string, number | string>[];
      daily: Record<string, number | string>[];
    }>('GET', `${SALES}/Summary?time_zone=${encodeURIComponent(timeZone)}`);
    assert.equal(summary.currency, 'USD');
    const now = app.sandbox.clock.now();
    const counted = (r: Row) =>
      r.type === 'sale' && ['approved', 'partially_refunded', 'refunded'].includes(r.status);
    const figures = (from: number, to: number, extra: (r: Row) => boolean = () => true) => {
      const inside = rows.filter((r) => r.created_at >= from && r.created_at < to && extra(r));
      const sales = inside.filter(counted);
      const refunds = inside.filter((r) => r.type === 'refund');
      const sum = (list: Row[]) => list.reduce((total, r) => total + r.total, 0);
      return {
        sales_total: sum(sales),
        sales_count: sales.length,
        refunds_total: sum(refunds),
        refunds_count: refunds.length,
        net: sum(sales) - sum(refunds),
      };
    };
    const today = startOfLocalDay(now, timeZone);
    const tomorrow = startOfLocalDay(now, timeZone, 1);
    const periodStart = startOfLocalDay(now, timeZone, -29);
    const { from: todayFrom, to: todayTo, ...todayFigures } = summary.today;
    assert.deepEqual(todayFigures, figures(today, tomorrow));
    assert.equal(parseVendorTimestamp(String(todayFrom)), today);
    assert.equal(parseVendorTimestamp(String(todayTo)), tomorrow);
    const { from: pf, to: pt, ...periodFigures } = summary.period;
    assert.deepEqual(periodFigures, figures(periodStart, tomorrow));
    assert.equal(parseVendorTimestamp(String(pf)), periodStart);
    assert.equal(parseVendorTimestamp(String(pt)), tomorrow);
    assert.ok(Number(summary.period['sales_count']) > 50);
    assert.equal(summary.daily.length, 30);
    summary.daily.forEach((day, index) => {
      const start = startOfLocalDay(now, timeZone, index - 29);
      const { date, ...rest } = day;
      assert.equal(date, localDate(start, timeZone));
      assert.deepEqual(rest, figures(start, startOfLocalDay(now, timeZone, index - 28)));
    });
    assert.deepEqual(
      summary.by_tender,
      ['Cash', 'Card'].map((tender) => ({
        tender,
        ...figures(periodStart, tomorrow, (r) => r.tender === tender),
      })),
    );
    const sumDaily = summary.daily.reduce((total, day) => total + Number(day['net']), 0);
    assert.equal(sumDaily, summary.period['net']);

    // An explicit period, and validation.
    const explicit = await merchant.json<{ period: Record<string, number> }>(
      'GET',
      `${SALES}/Summary?from=2000-01-01&to=2000-01-31`,
    );
    assert.equal(explicit.period['sales_count'], 0);
    assertInvalid(
      await merchant.call('GET', `${SALES}/Summary?from=2026-03-02&to=2026-03-01`),
      'to',
    );
    assertInvalid(
      await merchant.call('GET', `${SALES}/Summary?from=2020-01-01&to=2026-01-01`),
      'from',
    );
    assertInvalid(await merchant.call('GET', `${SALES}/Summary?time_zone=Nowhere`), 'time_zone');
    assertInvalid(await merchant.call('GET', `${SALES}/Summary?status=approved`), 'status');
  });

  it("counts a new sale in today's figures at once", async () => {
    const before = await merchant.json<{ today: { sales_total: number; sales_count: number } }>(
      'GET',
      `${SALES}/Summary`,
    );
    await merchant.json('POST', SALES, { lines: [{ amount: 4000 }], tender: 'Cash' });
    const after = await merchant.json<{ today: { sales_total: number; sales_count: number } }>(
      'GET',
      `${SALES}/Summary`,
    );
    assert.equal(after.today.sales_total - before.today.sales_total, 4000);
    assert.equal(after.today.sales_count - before.today.sales_count, 1);
  });
});
