import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Action, Store } from '@ngrx/store';
import { EMPTY, Observable, catchError, exhaustMap, filter, map, of, switchMap, tap } from 'rxjs';
import { TransactionReceipts } from '../../../core/wsapi/transactions-resource';
import { TIME_ZONE } from '../../../core/wsapi/time-zone';
import { WsapiError, toWsapiError } from '../../../core/wsapi/wsapi-error';
import { SAVE_FILE } from '../save-file';
import { filterToApiParams, queryToApiParams } from '../transaction-query';
import { TransactionsApi } from '../transactions-api';
import { TransactionAction } from '../transactions.model';
import {
  TransactionDetailPageActions,
  TransactionsApiActions,
  TransactionsPageActions,
} from './transactions.actions';
import { transactionsFeature } from './transactions.feature';
import { answerAs } from '../../../core/wsapi/answer-as';

export const loadPage$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    api = inject(TransactionsApi),
    timeZone = inject(TIME_ZONE),
  ) => {
    return actions$.pipe(
      ofType(TransactionsPageActions.queryChanged, TransactionsPageActions.retryClicked),
      concatLatestFrom(() => store.select(transactionsFeature.selectQuery)),
      switchMap(([, query]) =>
        query
          ? api
              .list(queryToApiParams(query, timeZone))
              .pipe(
                answerAs(
                  (page) => TransactionsApiActions.pageLoaded({ page }),
                  TransactionsApiActions.pageFailed,
                ),
              )
          : EMPTY,
      ),
    );
  },
  { functional: true },
);

/** A refund or void the server refused because the sale changed meanwhile: show it as it is now. */
const staleAfter = (error: WsapiError): boolean =>
  error.kind === 'conflict' || (error.kind === 'invalid-request' && error.field === 'amount');

export const loadDetail$ = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(TransactionsApi)) => {
    return actions$.pipe(
      ofType(
        TransactionDetailPageActions.opened,
        TransactionDetailPageActions.retryClicked,
        TransactionsApiActions.actionFailed,
      ),
      filter(
        (action) =>
          action.type !== TransactionsApiActions.actionFailed.type || staleAfter(action.error),
      ),
      concatLatestFrom(() => store.select(transactionsFeature.selectDetailId)),
      switchMap(([, id]) =>
        id
          ? api
              .get(id)
              .pipe(
                answerAs(
                  (transaction) => TransactionsApiActions.detailLoaded({ transaction }),
                  TransactionsApiActions.detailFailed,
                ),
              )
          : EMPTY,
      ),
    );
  },
  { functional: true },
);

function perform(
  api: TransactionsApi,
  receipts: TransactionReceipts,
  action: TransactionAction,
): Observable<Action> {
  switch (action.kind) {
    case 'refund':
      return api
        .refund(action.transactionId, action.amount, action.idempotencyKey, action.restock)
        .pipe(
          map((transaction) =>
            TransactionsApiActions.refundSucceeded({ transaction, amount: action.amount }),
          ),
        );
    case 'void':
      return api
        .void(action.transactionId, action.idempotencyKey)
        .pipe(map((transaction) => TransactionsApiActions.voidSucceeded({ transaction })));
    case 'receipt':
      return receipts
        .send(action.transactionId, action.email, action.idempotencyKey)
        .pipe(map((email) => TransactionsApiActions.receiptSent({ email })));
  }
}

/**
 * Refund, void and receipt: one request at a time (a second confirm meanwhile is ignored), each
 * with the key chosen when the user confirmed; "Try again" resends the failed one with that
 * same key, so the server acts at most once however often it is sent.
 */
export const runAction$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    api = inject(TransactionsApi),
    receipts = inject(TransactionReceipts),
  ) => {
    return actions$.pipe(
      ofType(
        TransactionDetailPageActions.refundConfirmed,
        TransactionDetailPageActions.voidConfirmed,
        TransactionDetailPageActions.receiptConfirmed,
        TransactionDetailPageActions.actionRetried,
      ),
      concatLatestFrom(() => store.select(transactionsFeature.selectPendingAction)),
      exhaustMap(([, action]) =>
        action
          ? perform(api, receipts, action).pipe(
              catchError((error: unknown) =>
                of(TransactionsApiActions.actionFailed({ error: toWsapiError(error) })),
              ),
            )
          : EMPTY,
      ),
    );
  },
  { functional: true },
);

/** The CSV of the history's current filter and order, saved by the browser. */
export const exportCsv$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    api = inject(TransactionsApi),
    timeZone = inject(TIME_ZONE),
    saveFile = inject(SAVE_FILE),
  ) => {
    return actions$.pipe(
      ofType(TransactionsPageActions.exportClicked),
      concatLatestFrom(() => store.select(transactionsFeature.selectQuery)),
      exhaustMap(([, query]) =>
        query
          ? api.export(filterToApiParams(query.filter, query.sort, timeZone)).pipe(
              tap((file) => saveFile(file)),
              answerAs(
                (file) => TransactionsApiActions.exportSucceeded({ fileName: file.fileName }),
                TransactionsApiActions.exportFailed,
              ),
            )
          : EMPTY,
      ),
    );
  },
  { functional: true },
);
