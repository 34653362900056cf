import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { ActivatedRoute, Router } from '@angular/router';
import { Store } from '@ngrx/store';
import { distinctUntilChanged, map } from 'rxjs';
import { authFeature, selectCurrency } from '../../../core/auth/state/auth.feature';
import { TransactionsPageActions } from '../state/transactions.actions';
import { transactionsFeature } from '../state/transactions.feature';
import { TransactionFilters } from '../transaction-filters/transaction-filters';
import {
  DEFAULT_QUERY,
  PAGE_SIZES,
  TransactionFilter,
  TransactionQuery,
  TransactionSort,
  paramsFromQuery,
  queryFromParams,
  sameQuery,
} from '../transaction-query';
import { TransactionTable } from '../transaction-table/transaction-table';
import { transactionsErrorMessage } from '../transactions-messages';
import { messageOf } from '../../../shared/error-message/message-of';
import { PageChoice, Paginator } from '../../../shared/paginator/paginator';

/**
 * The history: filters, one server-side page, its order and the CSV export. The address bar
 * holds the query (so Back, reload and shared links keep it); the store loads what it says.
 */
@Component({
  selector: 'mcm-transactions-page',
  imports: [TransactionFilters, TransactionTable, Paginator, MatProgressBar, MatButton],
  templateUrl: './transactions-page.html',
  styleUrl: './transactions-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TransactionsPage {
  private readonly store = inject(Store);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly locale = this.store.selectSignal(authFeature.selectLocale);
  private readonly configuredCurrency = this.store.selectSignal(selectCurrency);
  protected readonly currency = computed(() => this.configuredCurrency().code);

  private readonly storedQuery = this.store.selectSignal(transactionsFeature.selectQuery);
  protected readonly query = computed(() => this.storedQuery() ?? DEFAULT_QUERY);
  protected readonly page = this.store.selectSignal(transactionsFeature.selectPage);
  protected readonly loading = this.store.selectSignal(transactionsFeature.selectLoading);
  private readonly error = this.store.selectSignal(transactionsFeature.selectError);
  protected readonly errorMessage = messageOf(this.error, transactionsErrorMessage);

  protected readonly exporting = this.store.selectSignal(transactionsFeature.selectExporting);
  protected readonly exportedFile = this.store.selectSignal(transactionsFeature.selectExportedFile);
  private readonly exportError = this.store.selectSignal(transactionsFeature.selectExportError);
  protected readonly exportErrorMessage = messageOf(this.exportError, transactionsErrorMessage);

  protected readonly pageSizes = PAGE_SIZES;

  constructor() {
    this.route.queryParams
      .pipe(
        map((params) => queryFromParams(params, this.currency())),
        distinctUntilChanged(sameQuery),
        takeUntilDestroyed(),
      )
      .subscribe((query) => this.store.dispatch(TransactionsPageActions.queryChanged({ query })));
  }

  protected applyFilter(filter: TransactionFilter): void {
    this.navigate({ ...this.query(), filter, page: 1 });
  }

  protected changeSort(sort: TransactionSort): void {
    this.navigate({ ...this.query(), sort, page: 1 });
  }

  protected changePage({ page, pageSize }: PageChoice): void {
    const query = this.query();
    this.navigate({
      ...query,
      pageSize,
      // A new page size starts again at the first page.
      page: pageSize === query.pageSize ? page : 1,
    });
  }

  protected retry(): void {
    this.store.dispatch(TransactionsPageActions.retryClicked());
  }

  protected exportCsv(): void {
    if (this.exporting()) return;
    this.store.dispatch(TransactionsPageActions.exportClicked());
  }

  private navigate(query: TransactionQuery): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsFromQuery(query, this.currency()),
    });
  }
}
