import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MoneyPipe } from '../../../shared/money/money.pipe';
import { Figures } from '../sales-summary';

/** The sums of money a card shows, in order: sales (the main figure), refunds and net. */
const MONEY_FIGURES: readonly {
  key: 'salesTotal' | 'refundsTotal' | 'net';
  label: string;
  testId: string;
  main?: boolean;
}[] = [
  { key: 'salesTotal', label: 'Sales', testId: 'figure-sales', main: true },
  { key: 'refundsTotal', label: 'Refunds', testId: 'figure-refunds' },
  { key: 'net', label: 'Net', testId: 'figure-net' },
];

/** One period's sales, refunds, net and count, as a card. */
@Component({
  selector: 'mcm-sales-figures',
  imports: [MoneyPipe],
  template: `
    <h3 class="figures__title">{{ heading() }}</h3>
    @if (range(); as range) {
      <p class="figures__range">{{ range }}</p>
    }
    <dl class="figures__list">
      @for (figure of moneyFigures; track figure.key) {
        <div class="figures__item" [class.figures__item--main]="figure.main">
          <dt>{{ figure.label }}</dt>
          <dd [attr.data-testid]="figure.testId">
            {{ figures()[figure.key] | money: currency() : locale() }}
          </dd>
        </div>
      }
      <div class="figures__item">
        <dt>Sales count</dt>
        <dd data-testid="figure-count">{{ figures().salesCount }}</dd>
      </div>
    </dl>
  `,
  styleUrl: './sales-figures.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SalesFigures {
  readonly heading = input.required<string>();
  readonly range = input<string | null>(null);
  readonly figures = input.required<Figures>();
  /** ISO 4217 code. */
  readonly currency = input.required<string>();
  readonly locale = input.required<string>();

  protected readonly moneyFigures = MONEY_FIGURES;
}
