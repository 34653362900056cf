import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MoneyPipe } from '../../../shared/money/money.pipe';
import { TenderFigures } from '../sales-summary';

/** The period's figures split by tender (Cash, Card), with each tender's share of sales. */
@Component({
  selector: 'mcm-tender-table',
  imports: [MoneyPipe],
  template: `
    <table class="table" data-testid="tender-table">
      <caption>
        {{
          caption()
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">Tender</th>
          <th scope="col">Sales</th>
          <th scope="col">Share</th>
          <th scope="col">Refunds</th>
          <th scope="col">Net</th>
          <th scope="col">Sales count</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.tender) {
          <tr>
            <th scope="row">{{ row.tender }}</th>
            <td>{{ row.salesTotal | money: currency() : locale() }}</td>
            <td>{{ row.share }}</td>
            <td>{{ row.refundsTotal | money: currency() : locale() }}</td>
            <td>{{ row.net | money: currency() : locale() }}</td>
            <td>{{ row.salesCount }}</td>
          </tr>
        } @empty {
          <tr>
            <td colspan="6">No sales in this period.</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styleUrl: '../summary-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TenderTable {
  readonly tenders = input.required<readonly TenderFigures[]>();
  readonly periodLabel = input.required<string>();
  readonly currency = input.required<string>();
  readonly locale = input.required<string>();

  protected readonly caption = computed(() => `Sales by tender, ${this.periodLabel()}`);

  protected readonly rows = computed(() => {
    const tenders = this.tenders();
    const total = tenders.reduce((sum, tender) => sum + tender.salesTotal, 0);
    const percent = new Intl.NumberFormat(this.locale(), {
      style: 'percent',
      maximumFractionDigits: 0,
    });
    return tenders.map((tender) => ({
      ...tender,
      share: total > 0 ? percent.format(tender.salesTotal / total) : '—',
    }));
  });
}
