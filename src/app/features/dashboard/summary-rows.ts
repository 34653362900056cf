import { formatPercent } from '../../shared/money/money';
import { DayFigures, Figures, TenderFigures, formatDay } from './sales-summary';

/** One row of a dashboard table: a day or a tender, and its figures. */
export interface SummaryRow extends Figures {
  readonly key: string;
  readonly label: string;
  /** A day's `YYYY-MM-DD`: its label is then a `<time>`. */
  readonly date?: string;
  /** A tender's share of the period's sales. */
  readonly share?: string;
}

/** Every day of the chart, newest first. */
export function dailyRows(days: readonly DayFigures[], locale: string): SummaryRow[] {
  return [...days].reverse().map((day) => ({
    ...day,
    key: day.date,
    label: formatDay(day.date, locale, { weekday: 'short', month: 'short', day: 'numeric' }),
  }));
}

/** The period's figures by tender, each with its share of sales ('—' when nothing was sold). */
export function tenderRows(tenders: readonly TenderFigures[], locale: string): SummaryRow[] {
  const total = tenders.reduce((sum, tender) => sum + tender.salesTotal, 0);
  return tenders.map((tender) => ({
    ...tender,
    key: tender.tender,
    label: tender.tender,
    share: total > 0 ? formatPercent((tender.salesTotal / total) * 100, locale, 0) : '—',
  }));
}
