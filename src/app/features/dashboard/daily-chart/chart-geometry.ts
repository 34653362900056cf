import { DayFigures } from '../sales-summary';

export const CHART_WIDTH = 600;
export const CHART_HEIGHT = 200;
const GAP_RATIO = 0.2;

export interface Bar {
  readonly date: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ChartGeometry {
  readonly bars: readonly Bar[];
  /** The net line through the middle of each bar (`M x y L x y …`); empty without days. */
  readonly netPath: string;
  /** Where zero is; above the bottom edge when some day's net is negative. */
  readonly baseline: number;
  /** The largest amount the scale shows (minor units), for the axis label. */
  readonly top: number;
  /** The smallest (≤ 0). */
  readonly bottom: number;
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Bars for each day's sales and a line for each day's net, in a `CHART_WIDTH × CHART_HEIGHT`
 * viewBox. The scale runs from min(0, lowest net) to max(highest sales, highest net, 1), so an
 * empty month draws a flat baseline rather than dividing by zero.
 */
export function chartGeometry(
  days: readonly DayFigures[],
  width = CHART_WIDTH,
  height = CHART_HEIGHT,
): ChartGeometry {
  const top = Math.max(1, ...days.map((day) => Math.max(day.salesTotal, day.net)));
  const bottom = Math.min(0, ...days.map((day) => day.net));
  const y = (value: number) => round(height - ((value - bottom) / (top - bottom)) * height);
  const baseline = y(0);
  const slot = days.length ? width / days.length : width;
  const barWidth = round(slot * (1 - GAP_RATIO));
  const bars = days.map((day, index) => {
    const barTop = y(Math.max(0, day.salesTotal));
    return {
      date: day.date,
      x: round(index * slot + (slot - barWidth) / 2),
      y: barTop,
      width: barWidth,
      height: round(baseline - barTop),
    };
  });
  const netPath = days
    .map(
      (day, index) => `${index === 0 ? 'M' : 'L'}${round(index * slot + slot / 2)} ${y(day.net)}`,
    )
    .join(' ');
  return { bars, netPath, baseline, top, bottom };
}
