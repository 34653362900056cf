import { inject } from '@angular/core';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { catchError, exhaustMap, filter, map, merge, of, switchMap } from 'rxjs';
import { TransactionReceipts } from '../../../core/wsapi/transactions-resource';
import { toWsapiError } from '../../../core/wsapi/wsapi-error';
import { PendingCard } from '../pending-card';
import { VirtualTerminalApi } from '../virtual-terminal-api';
import { VirtualTerminalApiActions, VirtualTerminalPageActions } from './virtual-terminal.actions';

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
        api.activeItems().pipe(
          map((items) => VirtualTerminalApiActions.itemsLoaded({ items })),
          catchError((error: unknown) =>
            of(VirtualTerminalApiActions.itemsLoadFailed({ error: toWsapiError(error) })),
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
        api.recordSale(sale, card, idempotencyKey).pipe(
          map((result) => VirtualTerminalApiActions.saleRecorded({ result })),
          catchError((error: unknown) =>
            of(VirtualTerminalApiActions.saleFailed({ error: toWsapiError(error) })),
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
        receipts.send(transactionId, email, idempotencyKey).pipe(
          map((sentTo) => VirtualTerminalApiActions.receiptSent({ email: sentTo })),
          catchError((error: unknown) =>
            of(VirtualTerminalApiActions.receiptFailed({ error: toWsapiError(error) })),
          ),
        ),
      ),
    );
  },
  { functional: true },
);
