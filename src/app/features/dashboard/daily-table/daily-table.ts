import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MoneyPipe } from '../../../shared/money/money.pipe';
import { DayFigures, formatDay } from '../sales-summary';

/** Every day of the chart as a table, newest first: the chart's accessible alternative. */
@Component({
  selector: 'mcm-daily-table',
  imports: [MoneyPipe],
  template: `
    <div class="scroller" tabindex="0" role="region" aria-labelledby="daily-table-caption">
      <table class="table" data-testid="daily-table">
        <caption id="daily-table-caption">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Sales</th>
            <th scope="col">Refunds</th>
            <th scope="col">Net</th>
            <th scope="col">Sales count</th>
          </tr>
        </thead>
        <tbody>
          @for (day of rows(); track day.date) {
            <tr>
              <th scope="row">
                <time [attr.datetime]="day.date">{{ day.label }}</time>
              </th>
              <td>{{ day.salesTotal | money: currency() : locale() }}</td>
              <td>{{ day.refundsTotal | money: currency() : locale() }}</td>
              <td>{{ day.net | money: currency() : locale() }}</td>
              <td>{{ day.salesCount }}</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styleUrl: '../summary-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DailyTable {
  readonly days = input.required<readonly DayFigures[]>();
  readonly currency = input.required<string>();
  readonly locale = input.required<string>();

  protected readonly caption = computed(() => `Daily totals, last ${this.days().length} days`);

  protected readonly rows = computed(() =>
    [...this.days()].reverse().map((day) => ({
      ...day,
      label: formatDay(day.date, this.locale(), {
        weekday: 'short',
        month: 'short',
        day: 'numeric',
      }),
    })),
  );
}
