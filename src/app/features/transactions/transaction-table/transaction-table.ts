import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { MatSort, MatSortHeader, Sort } from '@angular/material/sort';
import { RouterLink } from '@angular/router';
import { LocalDatePipe } from '../../../shared/dates/local-date.pipe';
import { narrowScreen } from '../../../shared/layout/narrow-screen';
import { MoneyPipe } from '../../../shared/money/money.pipe';
import { StackedList } from '../../../shared/stacked-list/stacked-list';
import { StackedRow } from '../../../shared/stacked-list/stacked-row';
import { DEFAULT_SORT, SortColumn, TransactionSort } from '../transaction-query';
import { STATUS_LABELS, Transaction } from '../transactions.model';

/** The orders a reader may choose, in words (the caption says the one chosen). */
const SORT_CHOICES: readonly { readonly sort: TransactionSort; readonly label: string }[] = [
  { sort: DEFAULT_SORT, label: 'Newest first' },
  { sort: { column: 'created_at', direction: 'asc' }, label: 'Oldest first' },
  { sort: { column: 'total', direction: 'desc' }, label: 'Largest amount first' },
  { sort: { column: 'total', direction: 'asc' }, label: 'Smallest amount first' },
];

/**
 * One page of the history as a table; each row's date opens its detail. On a phone, stacked rows:
 * what (sale or refund, and the tender) opens the detail, when under it, amount and status on the
 * right, and the order chosen in a "Sort" select instead of the column headings.
 */
@Component({
  selector: 'mcm-transaction-table',
  imports: [
    MatFormField,
    MatLabel,
    MatSelect,
    MatOption,
    RouterLink,
    MatSort,
    MatSortHeader,
    MoneyPipe,
    LocalDatePipe,
    StackedList,
    StackedRow,
  ],
  templateUrl: './transaction-table.html',
  styleUrl: './transaction-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TransactionTable {
  readonly transactions = input.required<readonly Transaction[]>();
  readonly sort = input.required<TransactionSort>();
  readonly locale = input.required<string>();
  readonly sortChange = output<TransactionSort>();

  protected readonly statusLabels = STATUS_LABELS;
  protected readonly narrow = narrowScreen();

  protected readonly sortChoices = SORT_CHOICES;
  /** The choice of `sortChoices` shown (its index). */
  protected readonly sortChoice = computed(() => {
    const { column, direction } = this.sort();
    return SORT_CHOICES.findIndex(
      ({ sort }) => sort.column === column && sort.direction === direction,
    );
  });
  protected readonly caption = computed(
    () =>
      `Transactions, ${(SORT_CHOICES[this.sortChoice()] ?? SORT_CHOICES[0]).label.toLowerCase()}`,
  );

  protected chooseSort(choice: number): void {
    this.sortChange.emit(SORT_CHOICES[choice].sort);
  }

  protected changeSort({ active, direction }: Sort): void {
    this.sortChange.emit(
      direction === '' ? DEFAULT_SORT : { column: active as SortColumn, direction },
    );
  }
}
