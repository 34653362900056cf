import { InjectionToken } from '@angular/core';

/** The browser's IANA time zone, so "today" is the merchant's today; UTC when unknown. */
export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

/**
 * The IANA time zone the WSAPI's `time_zone` parameters are meant in (the transactions' date
 * filters, the dashboard's days): the browser's. Specs provide a fixed one.
 */
export const TIME_ZONE = new InjectionToken<string>('TIME_ZONE', {
  providedIn: 'root',
  factory: browserTimeZone,
});
