import type { ComponentType } from '@angular/cdk/portal';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBar } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { IfFlag } from '../../../core/access/if-flag.directive';
import { declineReason } from '../../../core/wsapi/decline-reason';
import {
  authFeature,
  selectConfigValue,
  selectCurrency,
} from '../../../core/auth/state/auth.feature';
import { LocalDatePipe } from '../../../shared/dates/local-date.pipe';
import { MoneyPipe } from '../../../shared/money/money.pipe';
import { PercentagePipe } from '../../../shared/money/percent.pipe';
import type { RefundChoice, RefundDialogData } from '../refund-dialog/refund-dialog';
import type { VoidDialogData } from '../void-dialog/void-dialog';
import { TransactionDetailPageActions } from '../state/transactions.actions';
import { transactionsFeature } from '../state/transactions.feature';
import { paramsFromQuery } from '../transaction-query';
import { isRetryable, outcomeMessage, transactionsErrorMessage } from '../transactions-messages';
import { STATUS_LABELS, TransactionDetail } from '../transactions.model';
import { messageOf } from '../../../shared/error-message/message-of';
import { DIALOG_SIZE } from '../../../shared/dialog/dialog-imports';

/** One transaction: what was sold, how it was paid, its refunds, and what can be done to it. */
@Component({
  selector: 'mcm-transaction-detail-page',
  imports: [
    RouterLink,
    IfFlag,
    MatButton,
    MatProgressBar,
    MoneyPipe,
    PercentagePipe,
    LocalDatePipe,
  ],
  templateUrl: './transaction-detail-page.html',
  styleUrl: './transaction-detail-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TransactionDetailPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);

  /** The route's `:id`. */
  readonly id = input.required<string>();

  protected readonly locale = this.store.selectSignal(authFeature.selectLocale);
  private readonly inventory = this.store.selectSignal(
    selectConfigValue('component.access.inventory_management'),
  );
  private readonly configuredCurrency = this.store.selectSignal(selectCurrency);
  private readonly listQuery = this.store.selectSignal(transactionsFeature.selectQuery);
  protected readonly backParams = computed(() => {
    const query = this.listQuery();
    return query ? paramsFromQuery(query, this.configuredCurrency().code) : {};
  });

  protected readonly transaction = this.store.selectSignal(transactionsFeature.selectDetail);
  protected readonly loading = this.store.selectSignal(transactionsFeature.selectDetailLoading);
  private readonly loadError = this.store.selectSignal(transactionsFeature.selectDetailError);
  protected readonly loadErrorMessage = messageOf(this.loadError, transactionsErrorMessage);

  protected readonly pendingKind = this.store.selectSignal(
    transactionsFeature.selectPendingActionKind,
  );
  private readonly actionError = this.store.selectSignal(transactionsFeature.selectActionError);
  protected readonly actionErrorMessage = messageOf(this.actionError, transactionsErrorMessage);
  protected readonly canRetryAction = computed(() => {
    const error = this.actionError();
    return error !== null && isRetryable(error);
  });
  private readonly outcome = this.store.selectSignal(transactionsFeature.selectOutcome);
  protected readonly outcomeMessage = computed(() => {
    const outcome = this.outcome();
    return outcome ? outcomeMessage(outcome, this.locale()) : null;
  });

  protected readonly statusLabels = STATUS_LABELS;
  protected readonly declineReason = declineReason;

  constructor() {
    effect(() => {
      const id = this.id();
      untracked(() => this.store.dispatch(TransactionDetailPageActions.opened({ id })));
    });
  }

  protected retryLoad(): void {
    this.store.dispatch(TransactionDetailPageActions.retryClicked());
  }

  protected retryAction(): void {
    this.store.dispatch(TransactionDetailPageActions.actionRetried());
  }

  protected async refundTransaction(transaction: TransactionDetail): Promise<void> {
    const { RefundDialog } = await import('../refund-dialog/refund-dialog');
    const choice = await this.ask<RefundDialogData, RefundChoice>(RefundDialog, {
      refundable: transaction.refundable,
      total: transaction.total,
      currency: transaction.currency,
      locale: this.locale(),
      // Items sold from inventory may go back on the shelf (asked in the dialog).
      restockable: this.inventory() && transaction.lines.some((line) => line.sku !== null),
    });
    // Cancel closes with nothing (or the empty string of a bare `mat-dialog-close`).
    if (!choice || typeof choice !== 'object') return;
    this.store.dispatch(
      TransactionDetailPageActions.refundConfirmed({
        transactionId: transaction.id,
        amount: choice.amount,
        restock: choice.restock,
        idempotencyKey: crypto.randomUUID(),
      }),
    );
  }

  protected async voidTransaction(transaction: TransactionDetail): Promise<void> {
    const { VoidDialog } = await import('../void-dialog/void-dialog');
    const confirmed = await this.ask<VoidDialogData, boolean>(VoidDialog, {
      total: transaction.total,
      currency: transaction.currency,
      locale: this.locale(),
    });
    if (!confirmed) return;
    this.store.dispatch(
      TransactionDetailPageActions.voidConfirmed({
        transactionId: transaction.id,
        idempotencyKey: crypto.randomUUID(),
      }),
    );
  }

  protected async emailReceipt(transaction: TransactionDetail): Promise<void> {
    const { ReceiptDialog } = await import('../receipt-dialog/receipt-dialog');
    const email = await this.ask<null, string>(ReceiptDialog, null);
    if (!email) return;
    this.store.dispatch(
      TransactionDetailPageActions.receiptConfirmed({
        transactionId: transaction.id,
        email,
        idempotencyKey: crypto.randomUUID(),
      }),
    );
  }

  /** Opens a confirmation dialog; resolves with what it closed with (undefined: cancelled). */
  private ask<D, R>(component: ComponentType<unknown>, data: D): Promise<R | undefined> {
    const ref = this.dialog.open<unknown, D, R>(component, { ...DIALOG_SIZE, data });
    return new Promise((resolve) => ref.afterClosed().subscribe((result) => resolve(result)));
  }
}
