import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatMoney } from '../../../shared/money/money';
import { DayFigures, formatDay } from '../sales-summary';
import { CHART_HEIGHT, CHART_WIDTH, chartGeometry } from './chart-geometry';

let nextId = 0;

/**
 * Daily sales (bars) and net (line) over the last 30 days, drawn as inline SVG from template
 * bindings (no chart library, no style attributes). A picture for sighted users: the same
 * numbers are in the daily table, which is the accessible alternative.
 */
@Component({
  selector: 'mcm-daily-chart',
  template: `
    <div class="chart__legend" aria-hidden="true">
      <span class="chart__key chart__key--sales"></span> Sales
      <span class="chart__key chart__key--net"></span> Net
    </div>
    <div class="chart__frame">
      <span class="chart__axis chart__axis--top" aria-hidden="true">{{ topLabel() }}</span>
      <svg
        class="chart__svg"
        role="img"
        [attr.viewBox]="viewBox"
        preserveAspectRatio="none"
        [attr.aria-labelledby]="titleId"
        focusable="false"
      >
        <title [attr.id]="titleId">{{ description() }}</title>
        <line
          class="chart__baseline"
          x1="0"
          [attr.x2]="width"
          [attr.y1]="geometry().baseline"
          [attr.y2]="geometry().baseline"
        />
        @for (bar of bars(); track bar.date) {
          <rect
            class="chart__bar"
            [attr.x]="bar.x"
            [attr.y]="bar.y"
            [attr.width]="bar.width"
            [attr.height]="bar.height"
          >
            <title>{{ bar.label }}</title>
          </rect>
        }
        <path class="chart__net" [attr.d]="geometry().netPath" />
      </svg>
    </div>
    <div class="chart__dates" aria-hidden="true">
      <span>{{ firstDay() }}</span>
      <span>{{ lastDay() }}</span>
    </div>
  `,
  styleUrl: './daily-chart.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DailyChart {
  readonly days = input.required<readonly DayFigures[]>();
  /** ISO 4217 code. */
  readonly currency = input.required<string>();
  readonly locale = input.required<string>();

  protected readonly width = CHART_WIDTH;
  protected readonly viewBox = `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`;
  protected readonly titleId = `mcm-daily-chart-title-${nextId++}`;

  protected readonly geometry = computed(() => chartGeometry(this.days()));

  private readonly money = (minor: number) => formatMoney(minor, this.currency(), this.locale());

  protected readonly bars = computed(() => {
    const days = this.days();
    return this.geometry().bars.map((bar, index) => ({
      ...bar,
      label: `${formatDay(bar.date, this.locale())}: sales ${this.money(days[index].salesTotal)}, net ${this.money(days[index].net)}`,
    }));
  });

  protected readonly topLabel = computed(() => this.money(this.geometry().top));
  protected readonly firstDay = computed(() => {
    const days = this.days();
    return days.length ? formatDay(days[0].date, this.locale()) : '';
  });
  protected readonly lastDay = computed(() => {
    const days = this.days();
    return days.length ? formatDay(days[days.length - 1].date, this.locale()) : '';
  });

  protected readonly description = computed(() => {
    const days = this.days();
    if (!days.length) return 'Daily sales chart: no days to show.';
    const best = days.reduce((a, b) => (b.salesTotal > a.salesTotal ? b : a));
    return (
      `Daily sales and net, ${this.firstDay()} to ${this.lastDay()}. ` +
      `Highest sales ${this.money(best.salesTotal)} on ${formatDay(best.date, this.locale())}. ` +
      'The table of daily totals below has every figure.'
    );
  });
}
