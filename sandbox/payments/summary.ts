import { formatVendorTimestamp } from '../clock.ts';
import { apiErrors } from '../http/errors.ts';
import type { Bucket } from '../store/transaction-figures.ts';
import type { TransactionsRepository } from '../store/transactions.ts';
import { DAY_MS, localDate, parseBoundary, startOfLocalDay, validTimeZone } from './calendar.ts';

export const DAILY_DAYS = 30;
const MAX_PERIOD_DAYS = 366;

export interface SummaryQuery {
  from?: string;
  to?: string;
  time_zone?: string;
}

/**
 * The dashboard's figures, all computed in SQL (two statements): today, the period (default:
 * the last 30 days including today), the last 30 days one by one (oldest first, zero-filled),
 * and the period split by tender. Days are calendar days in `time_zone` (default UTC).
 * Sales = approved sales, even if refunded since (declined and voided ones do not count), at
 * their sale time; refunds at their own time; net = sales − refunds; all in the organization's
 * current currency.
 */
export function summarize(
  transactions: TransactionsRepository,
  organizationId: string,
  currency: string,
  now: number,
  query: SummaryQuery,
) {
  const timeZone = validTimeZone(query.time_zone);
  const todayStart = startOfLocalDay(now, timeZone);
  const tomorrowStart = startOfLocalDay(now, timeZone, 1);
  const from = query.from
    ? parseBoundary(query.from, 'from', timeZone, false)
    : startOfLocalDay(now, timeZone, -(DAILY_DAYS - 1));
  const to = query.to ? parseBoundary(query.to, 'to', timeZone, true) : tomorrowStart;
  if (to <= from) throw apiErrors.invalidRequest('to', 'to must be after from.');
  if (to - from > MAX_PERIOD_DAYS * DAY_MS + 2 * 60 * 60 * 1000) {
    throw apiErrors.invalidRequest('from', `The period is at most ${MAX_PERIOD_DAYS} days.`);
  }

  const days: Bucket[] = [];
  for (let back = DAILY_DAYS - 1; back >= 0; back -= 1) {
    const start = startOfLocalDay(now, timeZone, -back);
    days.push({
      key: localDate(start, timeZone),
      start,
      end: startOfLocalDay(now, timeZone, -back + 1),
    });
  }
  const buckets: Bucket[] = [
    { key: 'today', start: todayStart, end: tomorrowStart },
    { key: 'period', start: from, end: to },
    ...days,
  ];
  const figures = transactions.figuresByBucket(organizationId, currency, buckets);
  const of = (key: string) => figures.get(key)!;
  return {
    currency,
    time_zone: timeZone,
    generated_at: formatVendorTimestamp(now),
    today: {
      from: formatVendorTimestamp(todayStart),
      to: formatVendorTimestamp(tomorrowStart),
      ...of('today'),
    },
    period: { from: formatVendorTimestamp(from), to: formatVendorTimestamp(to), ...of('period') },
    by_tender: transactions.figuresByTender(organizationId, currency, from, to),
    daily: days.map((day) => ({ date: day.key, ...of(day.key) })),
  };
}
