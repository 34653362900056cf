import { inject } from '@angular/core';
import { tapResponse } from '@ngrx/operators';
import { patchState, signalStore, withMethods, withState } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { exhaustMap } from 'rxjs';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { toAdminError } from '../admin-errors';
import { OrganizationDetail } from '../admin.model';
import { SaveStatus } from '../paged-store';
import { BoardingApi, BoardingDraft } from './boarding-api';

interface BoardingState {
  readonly status: SaveStatus;
  readonly error: WsapiError | null;
  /** The merchant the last boarding created, shown until "Board another". */
  readonly boarded: OrganizationDetail | null;
}

/**
 * Boarding a merchant, provided by the boarding page: one POST per submit with the form's
 * `Idempotency-Key`, never re-sent by the portal; leaving the page drops an answer on its way.
 * Nothing typed enters the store (the bank account number least of all): only the outcome.
 */
export const BoardingStore = signalStore(
  withState<BoardingState>({ status: 'idle', error: null, boarded: null }),
  withMethods((store, api = inject(BoardingApi)) => {
    const send = rxMethod<{ draft: BoardingDraft; idempotencyKey: string }>(
      exhaustMap(({ draft, idempotencyKey }) =>
        api.board(draft, idempotencyKey).pipe(
          tapResponse({
            next: (boarded) => patchState(store, { status: 'saved', error: null, boarded }),
            error: (error: unknown) =>
              patchState(store, { status: 'failed', error: toAdminError(error) }),
          }),
        ),
      ),
    );
    return {
      /** Boards the merchant; ignored while a boarding is on its way. */
      board(draft: BoardingDraft, idempotencyKey: string): void {
        if (store.status() === 'saving') return;
        patchState(store, { status: 'saving', error: null });
        send({ draft, idempotencyKey });
      },
      /** Forgets the last outcome, for the next merchant. */
      clear(): void {
        if (store.status() !== 'saving')
          patchState(store, { status: 'idle', error: null, boarded: null });
      },
    };
  }),
);
