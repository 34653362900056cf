import { formatDay, toSalesSummary } from './sales-summary';

const figures = (sales: number, refunds: number, count = 1) => ({
  sales_total: sales,
  sales_count: count,
  refunds_total: refunds,
  refunds_count: refunds ? 1 : 0,
  net: sales - refunds,
});

describe('sales summary mapping', () => {
  it('maps the WSAPI summary into minor-unit figures', () => {
    const summary = toSalesSummary({
      currency: 'CAD',
      time_zone: 'America/Toronto',
      generated_at: '20261125120000',
      today: { from: '20261125050000', to: '20261126050000', ...figures(12_345, 0, 3) },
      period: { from: '20261027040000', to: '20261126050000', ...figures(987_654, 4_321, 120) },
      by_tender: [
        { tender: 'Cash', ...figures(400_000, 0, 50) },
        { tender: 'Card', ...figures(587_654, 4_321, 70) },
      ],
      daily: [
        { date: '2026-11-24', ...figures(100, 0) },
        { date: '2026-11-25', ...figures(12_345, 0, 3) },
      ],
    });
    expect(summary.currency).toBe('CAD');
    expect(summary.timeZone).toBe('America/Toronto');
    expect(summary.today).toEqual({
      salesTotal: 12_345,
      salesCount: 3,
      refundsTotal: 0,
      refundsCount: 0,
      net: 12_345,
    });
    expect(summary.period.net).toBe(983_333);
    expect(summary.period.from).toBe(Date.UTC(2026, 9, 27, 4, 0, 0));
    expect(summary.byTender.map((tender) => [tender.tender, tender.salesTotal])).toEqual([
      ['Cash', 400_000],
      ['Card', 587_654],
    ]);
    expect(summary.daily.map((day) => day.date)).toEqual(['2026-11-24', '2026-11-25']);
  });

  it('reads malformed figures as zero and drops rows it cannot place', () => {
    const summary = toSalesSummary({
      today: { sales_total: '12.34', sales_count: 1.5, refunds_total: null },
      period: 'nope',
      by_tender: [{ sales_total: 5 }, null, { tender: 'Cash', sales_total: 5 }],
      daily: [
        { date: 'yesterday', sales_total: 5 },
        { date: '2026-11-25', sales_total: 7 },
      ],
    });
    expect(summary.today).toEqual({
      salesTotal: 0,
      salesCount: 0,
      refundsTotal: 0,
      refundsCount: 0,
      net: 0,
    });
    expect(summary.period.from).toBeNull();
    expect(summary.byTender.map((tender) => tender.tender)).toEqual(['Cash']);
    expect(summary.daily).toEqual([
      {
        date: '2026-11-25',
        salesTotal: 7,
        salesCount: 0,
        refundsTotal: 0,
        refundsCount: 0,
        net: 7,
      },
    ]);
  });

  it('computes net when the server leaves it out', () => {
    expect(toSalesSummary({ today: { sales_total: 500, refunds_total: 200 } }).today.net).toBe(300);
  });

  it('an empty answer is an empty summary, not an exception', () => {
    expect(toSalesSummary(null).daily).toEqual([]);
    expect(toSalesSummary([]).byTender).toEqual([]);
  });
});

describe('formatDay', () => {
  it('names the calendar day itself, in the user’s locale, whatever the browser’s zone', () => {
    expect(formatDay('2026-11-03', 'en-US')).toBe('Nov 3');
    expect(
      formatDay('2026-01-01', 'en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }),
    ).toBe('2026-01-01');
  });
});
