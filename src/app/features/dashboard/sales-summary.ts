import { parseWsapiTimestamp } from '../../core/wsapi/wsapi-timestamp';

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

type Dto = Partial<Record<string, unknown>> | null | undefined;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

const asObject = (value: unknown): Dto =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
/** An amount or a count: a safe integer, else 0 (a malformed figure never becomes NaN). */
const whole = (value: unknown): number =>
  typeof value === 'number' && Number.isSafeInteger(value) ? value : 0;

function toFigures(value: unknown): Figures {
  const dto = asObject(value);
  const salesTotal = whole(dto?.['sales_total']);
  const refundsTotal = whole(dto?.['refunds_total']);
  const net = dto?.['net'];
  return {
    salesTotal,
    salesCount: whole(dto?.['sales_count']),
    refundsTotal,
    refundsCount: whole(dto?.['refunds_count']),
    net: typeof net === 'number' && Number.isSafeInteger(net) ? net : salesTotal - refundsTotal,
  };
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Maps the WSAPI's snake_case summary; anything malformed reads as zero or is dropped. */
export function toSalesSummary(value: unknown): SalesSummary {
  const dto = asObject(value);
  const period = asObject(dto?.['period']);
  return {
    currency: text(dto?.['currency']),
    timeZone: text(dto?.['time_zone']),
    today: toFigures(dto?.['today']),
    period: {
      ...toFigures(period),
      from: parseWsapiTimestamp(period?.['from']),
      to: parseWsapiTimestamp(period?.['to']),
    },
    byTender: list(dto?.['by_tender'])
      .map((item) => ({ tender: text(asObject(item)?.['tender']), ...toFigures(item) }))
      .filter((item) => item.tender !== ''),
    daily: list(dto?.['daily'])
      .map((item) => ({ date: text(asObject(item)?.['date']), ...toFigures(item) }))
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
