import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { localDate, startOfLocalDay } from '../payments/calendar.ts';
import { parseVendorTimestamp } from './helpers.ts';
import { SALES, useHistorySandbox, type Row } from './history.helpers.ts';
import { assertInvalid } from './merchant.helpers.ts';

describe('GET /WSAPI/Transactions/Summary (history figures)', () => {
  const { app, merchant, rows } = useHistorySandbox();

  it('summarises today, the period, 30 days and tenders exactly as a direct computation', async () => {
    const timeZone = 'America/New_York';
    const summary = await merchant().json<{
      currency: string;
      time_zone: string;
      today: Record<string, number | string>;
      period: Record<string, number | string>;
      by_tender: Record<string, number | string>[];
      daily: Record<string, number | string>[];
    }>('GET', `${SALES}/Summary?time_zone=${encodeURIComponent(timeZone)}`);
    assert.equal(summary.currency, 'USD');
    const now = app().sandbox.clock.now();
    const counted = (r: Row) =>
      r.type === 'sale' && ['approved', 'partially_refunded', 'refunded'].includes(r.status);
    const figures = (from: number, to: number, extra: (r: Row) => boolean = () => true) => {
      const inside = rows().filter((r) => r.created_at >= from && r.created_at < to && extra(r));
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
    const explicit = await merchant().json<{ period: Record<string, number> }>(
      'GET',
      `${SALES}/Summary?from=2000-01-01&to=2000-01-31`,
    );
    assert.equal(explicit.period['sales_count'], 0);
    assertInvalid(
      await merchant().call('GET', `${SALES}/Summary?from=2026-03-02&to=2026-03-01`),
      'to',
    );
    assertInvalid(
      await merchant().call('GET', `${SALES}/Summary?from=2020-01-01&to=2026-01-01`),
      'from',
    );
    assertInvalid(await merchant().call('GET', `${SALES}/Summary?time_zone=Nowhere`), 'time_zone');
    assertInvalid(await merchant().call('GET', `${SALES}/Summary?status=approved`), 'status');
  });

  it("counts a new sale in today's figures at once", async () => {
    const before = await merchant().json<{ today: { sales_total: number; sales_count: number } }>(
      'GET',
      `${SALES}/Summary`,
    );
    await merchant().json('POST', SALES, { lines: [{ amount: 4000 }], tender: 'Cash' });
    const after = await merchant().json<{ today: { sales_total: number; sales_count: number } }>(
      'GET',
      `${SALES}/Summary`,
    );
    assert.equal(after.today.sales_total - before.today.sales_total, 4000);
    assert.equal(after.today.sales_count - before.today.sales_count, 1);
  });
});
