import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { TransactionQuery } from '../transaction-query';
import { TransactionDetail, TransactionPage } from '../transactions.model';

export const TransactionsPageActions = createActionGroup({
  source: 'Transactions Page',
  events: {
    /** The page opened, or its address (filter, page, order) changed. */
    'Query Changed': props<{ query: TransactionQuery }>(),
    'Retry Clicked': emptyProps(),
    'Export Clicked': emptyProps(),
  },
});

export const TransactionDetailPageActions = createActionGroup({
  source: 'Transaction Detail Page',
  events: {
    Opened: props<{ id: string }>(),
    'Retry Clicked': emptyProps(),
    'Refund Confirmed': props<{
      transactionId: string;
      amount: number;
      restock: boolean;
      idempotencyKey: string;
    }>(),
    'Void Confirmed': props<{ transactionId: string; idempotencyKey: string }>(),
    'Receipt Confirmed': props<{ transactionId: string; email: string; idempotencyKey: string }>(),
    /** Sends the failed action again, with the same idempotency key. */
    'Action Retried': emptyProps(),
  },
});

export const TransactionsApiActions = createActionGroup({
  source: 'Transactions API',
  events: {
    'Page Loaded': props<{ page: TransactionPage }>(),
    'Page Failed': props<{ error: WsapiError }>(),
    'Detail Loaded': props<{ transaction: TransactionDetail }>(),
    'Detail Failed': props<{ error: WsapiError }>(),
    'Refund Succeeded': props<{ transaction: TransactionDetail; amount: number }>(),
    'Void Succeeded': props<{ transaction: TransactionDetail }>(),
    'Receipt Sent': props<{ email: string }>(),
    'Action Failed': props<{ error: WsapiError }>(),
    'Export Succeeded': props<{ fileName: string }>(),
    'Export Failed': props<{ error: WsapiError }>(),
  },
});
