import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { exhaustMap, filter, map, merge, switchMap } from 'rxjs';
import { TransactionReceipts } from '../../../core/wsapi/transactions-resource';
import { PendingCard } from '../pending-card';
import { VirtualTerminalApi } from '../virtual-terminal-api';
import { VirtualTerminalApiActions, VirtualTerminalPageActions } from './virtual-terminal.actions';
import { answerAs } from '../../../core/wsapi/answer-as';

export const loadItems$ = createEffect(
  (actions$ = inject(Actions), api = inject(VirtualTerminalApi)) => {
    const wanted$ = merge(
      actions$.pipe(
        ofType(VirtualTerminalPageActions.opened, VirtualTerminalPageActions.newSaleStarted),
        filter(({ withItems }) => withItems),
      ),
      actions$.pipe(ofType(VirtualTerminalPageActions.itemsRetryClicked)),
    );
    return wanted$.pipe(
      switchMap(() =>
        api
          .activeItems()
          .pipe(
            answerAs(
              (items) => VirtualTerminalApiActions.itemsLoaded({ items }),
              VirtualTerminalApiActions.itemsLoadFailed,
            ),
          ),
      ),
    );
  },
  { functional: true },
);

/**
 * One sale at a time. The card is taken from `PendingCard` as the action arrives (so even a
 * dropped double submit leaves nothing behind) and goes only into the request.
 */
export const recordSale$ = createEffect(
  (
    actions$ = inject(Actions),
    api = inject(VirtualTerminalApi),
    pendingCard = inject(PendingCard),
  ) => {
    return actions$.pipe(
      ofType(VirtualTerminalPageActions.saleSubmitted),
      map(({ sale, idempotencyKey }) => ({ sale, idempotencyKey, card: pendingCard.take() })),
      exhaustMap(({ sale, idempotencyKey, card }) =>
        api
          .recordSale(sale, card, idempotencyKey)
          .pipe(
            answerAs(
              (result) => VirtualTerminalApiActions.saleRecorded({ result }),
              VirtualTerminalApiActions.saleFailed,
            ),
          ),
      ),
    );
  },
  { functional: true },
);

export const emailReceipt$ = createEffect(
  (actions$ = inject(Actions), receipts = inject(TransactionReceipts)) => {
    return actions$.pipe(
      ofType(VirtualTerminalPageActions.receiptRequested),
      exhaustMap(({ transactionId, email, idempotencyKey }) =>
        receipts
          .send(transactionId, email, idempotencyKey)
          .pipe(
            answerAs(
              (sentTo) => VirtualTerminalApiActions.receiptSent({ email: sentTo }),
              VirtualTerminalApiActions.receiptFailed,
            ),
          ),
      ),
    );
  },
  { functional: true },
);
