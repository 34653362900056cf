import { parseWsapiTimestamp } from '../../core/wsapi/wsapi-timestamp';
import { array, integer, record, text } from '../../core/wsapi/dto-readers';

/** One bucket's figures, amounts in integer minor units. */
export interface Figures {
  readonly salesTotal: number;
  readonly salesCount: number;
  readonly refundsTotal: number;
  readonly refundsCount: number;
  /** Sales − refunds; may be negative. */
  readonly net: number;
}

export interface DayFigures extends Figures {
  /** A calendar day in the summary's time zone, `YYYY-MM-DD`. */
  readonly date: string;
}

export interface TenderFigures extends Figures {
  readonly tender: string;
}

/** The dashboard's figures from `GET /Transactions/Summary`. */
export interface SalesSummary {
  readonly currency: string;
  readonly timeZone: string;
  readonly today: Figures;
  readonly period: Figures & { readonly from: number | null; readonly to: number | null };
  readonly byTender: readonly TenderFigures[];
  /** The last 30 days, oldest first. */
  readonly daily: readonly DayFigures[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function toFigures(value: unknown): Figures {
  const dto = record(value);
  const salesTotal = integer(dto['sales_total']);
  const refundsTotal = integer(dto['refunds_total']);
  return {
    salesTotal,
    salesCount: integer(dto['sales_count']),
    refundsTotal,
    refundsCount: integer(dto['refunds_count']),
    net: integer(dto['net'], salesTotal - refundsTotal),
  };
}

/** Maps the WSAPI's snake_case summary; anything malformed reads as zero or is dropped. */
export function toSalesSummary(value: unknown): SalesSummary {
  const dto = record(value);
  const period = record(dto['period']);
  return {
    currency: text(dto['currency']),
    timeZone: text(dto['time_zone']),
    today: toFigures(dto['today']),
    period: {
      ...toFigures(period),
      from: parseWsapiTimestamp(period['from']),
      to: parseWsapiTimestamp(period['to']),
    },
    byTender: array(dto['by_tender'])
      .map((item) => ({ tender: text(record(item)['tender']), ...toFigures(item) }))
      .filter((item) => item.tender !== ''),
    daily: array(dto['daily'])
      .map((item) => ({ date: text(record(item)['date']), ...toFigures(item) }))
      .filter((item) => DAY.test(item.date)),
  };
}

/** `2026-11-03` in `locale` (`Nov 3`), as that calendar day wherever the browser is. */
export function formatDay(
  date: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { month: 'short', day: 'numeric' },
): string {
  const [year, month, day] = date.split('-').map(Number);
  const instant = Date.UTC(year, month - 1, day);
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(instant);
  } catch {
    return date;
  }
}
