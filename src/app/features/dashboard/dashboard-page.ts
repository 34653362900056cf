import {
  ChangeDetectionStrategy,
  Component,
  afterNextRender,
  computed,
  inject,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MatExpansionPanel,
  MatExpansionPanelHeader,
  MatExpansionPanelTitle,
} from '@angular/material/expansion';
import { Store } from '@ngrx/store';
import { hasPermission } from '../../core/access/permissions';
import { BusinessName } from '../../core/auth/business-name';
import { authFeature, selectCurrency } from '../../core/auth/state/auth.feature';
import { DailyChart } from './daily-chart/daily-chart';
import { DashboardStore } from './dashboard-store';
import { summaryErrorMessage } from './summary-messages';
import { LocalDatePipe } from '../../shared/dates/local-date.pipe';
import { formatDay } from './sales-summary';
import { SalesFigures } from './sales-figures/sales-figures';
import { dailyRows, tenderRows } from './summary-rows';
import { SummaryTable } from './summary-table/summary-table';
import { TIME_ZONE } from '../../core/wsapi/time-zone';
import { messageOf } from '../../shared/error-message/message-of';

/**
 * Who is signed in, straight from the login response, and the business's name the layout asks
 * for (`BusinessName`; the ids sit in "Account details"). The sales figures (one aggregate
 * request) are asked for only after that header has been painted.
 */
@Component({
  selector: 'mcm-dashboard-page',
  imports: [
    LocalDatePipe,
    MatButton,
    MatExpansionPanel,
    MatExpansionPanelHeader,
    MatExpansionPanelTitle,
    SalesFigures,
    DailyChart,
    SummaryTable,
  ],
  providers: [DashboardStore],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly store = inject(Store);
  private readonly figures = inject(DashboardStore);
  private readonly timeZone = inject(TIME_ZONE);
  protected readonly account = this.store.selectSignal(authFeature.selectAccount);
  protected readonly businessName = inject(BusinessName).name;
  protected readonly session = this.store.selectSignal(authFeature.selectSession);
  protected readonly locale = this.store.selectSignal(authFeature.selectLocale);
  /** The session's end as an ISO 8601 instant, for the `<time datetime>` attribute. */
  protected readonly sessionEndsIso = computed(() => {
    const session = this.session();
    return session ? new Date(session.expiresAt).toISOString() : null;
  });
  private readonly currency = this.store.selectSignal(selectCurrency);
  protected readonly currencyCode = computed(() => this.currency().code);

  /** Sales figures are a merchant feature: the WSAPI refuses them to other organizations. */
  protected readonly merchant = computed(() =>
    hasPermission(this.account(), 'organization:merchant'),
  );
  protected readonly summary = this.figures.summary;
  protected readonly refreshing = computed(() => this.figures.loading() && !!this.summary());
  protected readonly errorMessage = messageOf(this.figures.error, summaryErrorMessage);

  protected readonly dailyRows = computed(() =>
    dailyRows(this.summary()?.daily ?? [], this.locale()),
  );
  protected readonly tenderRows = computed(() =>
    tenderRows(this.summary()?.byTender ?? [], this.locale()),
  );

  protected readonly periodRange = computed(() => {
    const days = this.summary()?.daily ?? [];
    if (!days.length) return null;
    const locale = this.locale();
    return `${formatDay(days[0].date, locale)} – ${formatDay(days[days.length - 1].date, locale)}`;
  });

  constructor() {
    // The identity header is painted from the login response; the figures are asked for only
    // once that frame is on screen (two animation frames), so sign-in stays one request.
    afterNextRender(() => {
      if (!this.merchant()) return;
      requestAnimationFrame(() => requestAnimationFrame(() => this.figures.load(this.timeZone)));
    });
  }

  protected reloadFigures(): void {
    this.figures.load(this.timeZone);
  }
}
