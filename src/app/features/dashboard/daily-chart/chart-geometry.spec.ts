import { DayFigures } from '../sales-summary';
import { chartGeometry } from './chart-geometry';

const day = (date: string, salesTotal: number, refundsTotal = 0): DayFigures => ({
  date,
  salesTotal,
  salesCount: salesTotal ? 1 : 0,
  refundsTotal,
  refundsCount: refundsTotal ? 1 : 0,
  net: salesTotal - refundsTotal,
});

describe('chartGeometry', () => {
  it('scales bars to the highest day, sharing the width evenly', () => {
    const geometry = chartGeometry([day('2026-11-24', 1000), day('2026-11-25', 500)], 200, 100);
    expect(geometry.top).toBe(1000);
    expect(geometry.baseline).toBe(100);
    expect(geometry.bars).toEqual([
      { date: '2026-11-24', x: 10, y: 0, width: 80, height: 100 },
      { date: '2026-11-25', x: 110, y: 50, width: 80, height: 50 },
    ]);
    expect(geometry.netPath).toBe('M50 0 L150 50');
  });

  it('lifts the baseline when a day’s refunds exceed its sales', () => {
    const geometry = chartGeometry([day('2026-11-24', 300), day('2026-11-25', 0, 100)], 200, 100);
    expect(geometry.bottom).toBe(-100);
    expect(geometry.baseline).toBe(75);
    expect(geometry.bars[1].height).toBe(0);
    expect(geometry.netPath).toBe('M50 0 L150 100');
  });

  it('an empty month is a flat line, never NaN', () => {
    const geometry = chartGeometry([day('2026-11-24', 0), day('2026-11-25', 0)], 200, 100);
    expect(geometry.bars.every((bar) => bar.height === 0)).toBeTrue();
    expect(geometry.netPath).not.toContain('NaN');
    expect(chartGeometry([], 200, 100).netPath).toBe('');
  });
});
