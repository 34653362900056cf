import { apiErrors } from '../http/errors.ts';

/** Calendar arithmetic for filters, the dashboard's days and settlement. Times are epoch ms. */

export const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * [sandbox design] Settlement: the daily batch closes at 00:00 UTC, so a sale settles at the
 * first UTC midnight after it was made. Until then it may be voided; afterwards only refunded.
 */
export function settlementTime(createdAt: number): number {
  return (Math.floor(createdAt / DAY_MS) + 1) * DAY_MS;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let existing = formatters.get(timeZone);
  if (!existing) {
    existing = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, existing);
  }
  return existing;
}

/** An IANA zone name Node knows (`America/Toronto`, `UTC`), or a 400 on `field`. */
export function validTimeZone(value: string | undefined, field = 'time_zone'): string {
  if (value === undefined || value === '') return 'UTC';
  if (value.length > 64 || !/^[A-Za-z0-9_+\-/]+$/.test(value)) {
    throw apiErrors.invalidRequest(field, 'Unknown time zone.');
  }
  try {
    formatter(value);
    return value;
  } catch {
    throw apiErrors.invalidRequest(field, 'Unknown time zone.');
  }
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function localParts(instant: number, timeZone: string): LocalParts {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year']!,
    month: parts['month']!,
    day: parts['day']!,
    hour: parts['hour']!,
    minute: parts['minute']!,
    second: parts['second']!,
  };
}

/** The zone's offset from UTC at `instant`, in ms (east positive). */
function offsetAt(instant: number, timeZone: string): number {
  const p = localParts(instant, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The instant of local midnight starting the given calendar date in the zone. */
export function zonedMidnight(year: number, month: number, day: number, timeZone: string): number {
  const guess = Date.UTC(year, month - 1, day);
  const first = guess - offsetAt(guess, timeZone);
  return guess - offsetAt(first, timeZone);
}

/** `YYYY-MM-DD` of the instant in the zone. */
export function localDate(instant: number, timeZone: string): string {
  const p = localParts(instant, timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** Start of the local day containing `instant`, shifted by `days` whole days. */
export function startOfLocalDay(instant: number, timeZone: string, days = 0): number {
  const p = localParts(instant, timeZone);
  const shifted = new Date(Date.UTC(p.year, p.month - 1, p.day + days));
  return zonedMidnight(
    shifted.getUTCFullYear(),
    shifted.getUTCMonth() + 1,
    shifted.getUTCDate(),
    timeZone,
  );
}

const VENDOR = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;
const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-]\d{2}:\d{2})$/i;

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * A `from`/`to` query value: `yyyyMMddHHmmss` (UTC, the API's timestamp format), RFC 3339 with
 * `Z` or an offset, or a date `YYYY-MM-DD` in `timeZone` (for `to`, the whole day is included).
 */
export function parseBoundary(
  value: string,
  field: string,
  timeZone: string,
  end: boolean,
): number {
  const fail = () =>
    apiErrors.invalidRequest(
      field,
      `${field} must be YYYY-MM-DD, yyyyMMddHHmmss (UTC) or an RFC 3339 date-time.`,
    );
  const vendor = VENDOR.exec(value);
  if (vendor) {
    const [y, mo, d, h, mi, s] = vendor.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    if (!validDate(y, mo, d) || h > 23 || mi > 59 || s > 59) throw fail();
    return Date.UTC(y, mo - 1, d, h, mi, s);
  }
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    const [y, mo, d] = dateOnly.slice(1).map(Number) as [number, number, number];
    if (!validDate(y, mo, d) || y < 1970) throw fail();
    const start = zonedMidnight(y, mo, d, timeZone);
    return end ? startOfLocalDay(start + DAY_MS / 2, timeZone, 1) : start;
  }
  if (RFC3339.test(value)) {
    const instant = Date.parse(value);
    if (Number.isFinite(instant)) return instant;
  }
  throw fail();
}
