import { signalStore, withComputed } from '@ngrx/signals';
import { withPageData } from '../../shared/page-data/with-page-data';
import { SummaryApi } from './summary-api';

/**
 * The dashboard's sales figures, provided by the page. A newer load replaces an older one still on
 * its way; the figures already shown stay until the new ones arrive, and after a failed refresh.
 */
export const DashboardStore = signalStore(
  withPageData({
    api: SummaryApi,
    /** The figures for a time zone (the browser's: `TIME_ZONE`). */
    fetch: (api, timeZone: string) => api.summary(timeZone),
  }),
  withComputed(({ data }) => ({ summary: data })),
);
export type DashboardStore = InstanceType<typeof DashboardStore>;
