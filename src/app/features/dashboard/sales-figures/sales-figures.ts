import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MoneyPipe } from '../../../shared/money/money.pipe';
import { Figures } from '../sales-summary';

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
      <div class="figures__item figures__item--main">
        <dt>Sales</dt>
        <dd data-testid="figure-sales">
          {{ figures().salesTotal | money: currency() : locale() }}
        </dd>
      </div>
      <div class="figures__item">
        <dt>Refunds</dt>
        <dd data-testid="figure-refunds">
          {{ figures().refundsTotal | money: currency() : locale() }}
        </dd>
      </div>
      <div class="figures__item">
        <dt>Net</dt>
        <dd data-testid="figure-net">{{ figures().net | money: currency() : locale() }}</dd>
      </div>
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
}
