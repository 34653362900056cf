import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  ViewEncapsulation,
  afterRenderEffect,
  computed,
  inject,
  input,
  viewChild,
} from '@angular/core';
import uPlot from 'uplot';
import { formatMoney } from '../../../shared/money/money';
import { DayFigures, formatDay } from '../sales-summary';

const HEIGHT = 220;

/**
 * Daily sales (bars) and net (line) over the last 30 days, drawn by uPlot (a maintained chart
 * library of ~20 kB brotli; canvas, no HTML strings, styles only through CSSOM, so it passes the
 * CSP and Trusted Types). A picture for sighted users with an accessible name: every figure is
 * also in the daily table, which is the accessible alternative. A period without a sale or a
 * refund has nothing to draw: it says so in words instead of an axis of zeros.
 */
@Component({
  selector: 'mcm-daily-chart',
  template: `
    @if (empty()) {
      <p class="daily-chart__empty" data-testid="daily-chart-empty">
        No sales or refunds in this period yet.
      </p>
    } @else {
      <div
        #plot
        class="daily-chart__plot"
        role="img"
        [attr.aria-label]="description()"
        data-testid="daily-chart"
      ></div>
    }
  `,
  styleUrl: './daily-chart.scss',
  // uPlot builds its own DOM, which carries no Angular attributes: its styles cannot be scoped.
  encapsulation: ViewEncapsulation.None,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DailyChart {
  readonly days = input.required<readonly DayFigures[]>();
  /** ISO 4217 code. */
  readonly currency = input.required<string>();
  readonly locale = input.required<string>();

  private readonly plotHost = viewChild<ElementRef<HTMLElement>>('plot');
  private plot: uPlot | null = null;

  private readonly money = (minor: number) => formatMoney(minor, this.currency(), this.locale());

  /** x: each day at 00:00 UTC in seconds; y: sales and net in minor units (integers). */
  private readonly data = computed((): uPlot.AlignedData => {
    const days = this.days();
    return [
      days.map((day) => Date.parse(`${day.date}T00:00:00Z`) / 1000),
      days.map((day) => day.salesTotal),
      days.map((day) => day.net),
    ];
  });

  protected readonly empty = computed(() =>
    this.days().every((day) => day.salesTotal === 0 && day.refundsTotal === 0),
  );

  protected readonly description = computed(() => {
    const days = this.days();
    if (!days.length) return 'Daily sales chart: no days to show.';
    const best = days.reduce((a, b) => (b.salesTotal > a.salesTotal ? b : a));
    const first = formatDay(days[0].date, this.locale());
    const last = formatDay(days[days.length - 1].date, this.locale());
    return (
      `Daily sales and net, ${first} to ${last}. ` +
      `Highest sales ${this.money(best.salesTotal)} on ${formatDay(best.date, this.locale())}. ` +
      'The table of daily totals below has every figure.'
    );
  });

  constructor() {
    const resize = new ResizeObserver(() => {
      const host = this.plotHost()?.nativeElement;
      if (host) this.plot?.setSize({ width: width(host), height: HEIGHT });
    });
    // Drawn once its box is laid out; redrawn when the chart comes back after an empty period.
    afterRenderEffect(() => {
      const data = this.data();
      const host = this.plotHost()?.nativeElement;
      if (this.plot && this.plot.root.parentElement !== host) this.removePlot(resize);
      if (!host) return;
      if (this.plot) {
        this.plot.setData(data);
      } else {
        this.draw(host);
        resize.observe(host);
      }
    });
    inject(DestroyRef).onDestroy(() => this.removePlot(resize));
  }

  private removePlot(resize: ResizeObserver): void {
    resize.disconnect();
    this.plot?.destroy();
    this.plot = null;
  }

  private draw(host: HTMLElement): void {
    const colour = (name: string, fallback: string) =>
      getComputedStyle(host).getPropertyValue(name).trim() || fallback;
    const sales = colour('--mat-sys-primary', '#005cbb');
    const net = colour('--mat-sys-tertiary', '#343dff');
    const axis = colour('--mat-sys-on-surface-variant', '#44474e');
    const grid = colour('--mat-sys-outline-variant', '#c4c6d0');
    const moneyTicks = (_: uPlot, ticks: number[]) =>
      ticks.map((tick) => this.money(Math.round(tick)));
    this.plot = new uPlot(
      {
        width: width(host),
        height: HEIGHT,
        legend: { show: true, live: false },
        cursor: { show: false },
        scales: {
          x: { time: true },
          y: { range: (_u, min, max) => [Math.min(0, min), Math.max(1, max)] },
        },
        axes: [
          {
            stroke: axis,
            grid: { show: false },
            values: (_u, ticks) =>
              ticks.map((tick) =>
                formatDay(new Date(tick * 1000).toISOString().slice(0, 10), this.locale()),
              ),
          },
          { stroke: axis, grid: { stroke: grid, width: 1 }, values: moneyTicks, size: 80 },
        ],
        series: [
          {},
          {
            label: 'Sales',
            stroke: sales,
            fill: sales,
            paths: uPlot.paths.bars?.({ size: [0.6, 24] }),
            points: { show: false },
          },
          { label: 'Net', stroke: net, width: 2, points: { show: false } },
        ],
      },
      this.data(),
      host,
    );
  }
}

function width(host: HTMLElement): number {
  return Math.max(240, host.clientWidth);
}
