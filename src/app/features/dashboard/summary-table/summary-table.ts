import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, booleanAttribute, input } from '@angular/core';
import { narrowScreen } from '../../../shared/layout/narrow-screen';
import { MoneyPipe } from '../../../shared/money/money.pipe';
import { StackedList } from '../../../shared/stacked-list/stacked-list';
import { StackedRow } from '../../../shared/stacked-list/stacked-row';
import { SummaryRow } from '../summary-rows';

/**
 * A dashboard table of figures, one row per day or tender: the daily chart's accessible
 * alternative (scrollable, newest first) and the split by tender (with each one's share). On a
 * phone, stacked rows: the day or tender with its sales total on the right, the rest under it.
 */
@Component({
  selector: 'mcm-summary-table',
  imports: [MoneyPipe, NgTemplateOutlet, StackedList, StackedRow],
  templateUrl: './summary-table.html',
  styleUrl: '../summary-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SummaryTable {
  /** Names the table (`daily-table`, `tender-table`): its test id and its caption's id. */
  readonly name = input.required<string>();
  readonly caption = input.required<string>();
  /** The first column's heading: `Day`, `Tender`. */
  readonly heading = input.required<string>();
  readonly rows = input.required<readonly SummaryRow[]>();
  readonly currency = input.required<string>();
  readonly locale = input.required<string>();
  /** Adds the Share column after Sales. */
  readonly withShare = input(false, { transform: booleanAttribute });
  /** A long table scrolls in a focusable region named by its caption. */
  readonly scrollable = input(false, { transform: booleanAttribute });
  /** Said in one row when there are none; without it an empty table has no rows. */
  readonly emptyText = input<string | null>(null);

  protected readonly narrow = narrowScreen();
}
