import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatSort, MatSortHeader, Sort } from '@angular/material/sort';
import { RouterLink } from '@angular/router';
import { LocalDatePipe } from '../../../shared/dates/local-date.pipe';
import { narrowScreen } from '../../../shared/layout/narrow-screen';
import { MoneyPipe } from '../../../shared/money/money.pipe';
import { StackedList } from '../../../shared/stacked-list/stacked-list';
import { StackedRow } from '../../../shared/stacked-list/stacked-row';
import { DEFAULT_SORT, SortColumn, TransactionSort } from '../transaction-query';
import { STATUS_LABELS, Transaction } from '../transactions.model';

/**
 * One page of the history as a table; each row's date opens its detail. On a phone, stacked rows:
 * what (sale or refund, and the tender) opens the detail, when under it, amount and status on the
 * right.
 */
@Component({
  selector: 'mcm-transaction-table',
  imports: [RouterLink, MatSort, MatSortHeader, MoneyPipe, LocalDatePipe, StackedList, StackedRow],
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

  protected readonly caption = computed(() => {
    const { column, direction } = this.sort();
    if (column === 'total') {
      return `Transactions, ${direction === 'desc' ? 'largest' : 'smallest'} amount first`;
    }
    return `Transactions, ${direction === 'desc' ? 'newest' : 'oldest'} first`;
  });

  protected changeSort({ active, direction }: Sort): void {
    this.sortChange.emit(
      direction === '' ? DEFAULT_SORT : { column: active as SortColumn, direction },
    );
  }
}
