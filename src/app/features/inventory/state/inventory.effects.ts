import { inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router } from '@angular/router';
import { Actions, createEffect, ofType } from '@ngrx/effects';
import { concatLatestFrom } from '@ngrx/operators';
import { Store } from '@ngrx/store';
import {
  asyncScheduler,
  debounceTime,
  exhaustMap,
  filter,
  merge,
  mergeMap,
  switchMap,
  tap,
} from 'rxjs';
import { InventoryApi } from '../inventory-api';
import { toInventoryError } from '../inventory-errors';
import { SEARCH_DEBOUNCE_MS } from '../inventory.model';
import {
  InventoryApiActions,
  InventoryPageActions,
  ItemEditorPageActions,
} from './inventory.actions';
import { inventoryFeature } from './inventory.feature';
import { answerAs } from '../../../core/wsapi/answer-as';

/**
 * Fetches the page the query names: at once when the page opens, pages, retries or loses a row;
 * after a pause in typing for a search. A newer query cancels the request of an older one.
 */
export const loadItems$ = createEffect(
  (
    actions$ = inject(Actions),
    store = inject(Store),
    api = inject(InventoryApi),
    scheduler = asyncScheduler,
  ) => {
    return merge(
      actions$.pipe(
        ofType(InventoryPageActions.searchChanged),
        debounceTime(SEARCH_DEBOUNCE_MS, scheduler),
      ),
      actions$.pipe(
        ofType(
          InventoryPageActions.opened,
          InventoryPageActions.pageChanged,
          InventoryPageActions.retryClicked,
          InventoryApiActions.itemDeleted,
        ),
      ),
    ).pipe(
      concatLatestFrom(() => store.select(inventoryFeature.selectQuery)),
      switchMap(([, query]) =>
        api
          .list(query)
          .pipe(
            answerAs(
              (result) => InventoryApiActions.itemsLoaded({ result }),
              InventoryApiActions.itemsLoadFailed,
              toInventoryError,
            ),
          ),
      ),
    );
  },
  { functional: true },
);

/** The editor of an item the list does not hold (a reload, a link) fetches it. */
export const loadItem$ = createEffect(
  (actions$ = inject(Actions), store = inject(Store), api = inject(InventoryApi)) => {
    return actions$.pipe(
      ofType(ItemEditorPageActions.opened, ItemEditorPageActions.retryClicked),
      concatLatestFrom(() => store.select(inventoryFeature.selectEditorLoading)),
      filter(([{ id }, needed]) => id !== null && needed),
      switchMap(([{ id }]) =>
        api
          .get(id ?? '')
          .pipe(
            answerAs(
              (item) => InventoryApiActions.itemLoaded({ item }),
              InventoryApiActions.itemLoadFailed,
              toInventoryError,
            ),
          ),
      ),
    );
  },
  { functional: true },
);

/**
 * Saves the editor's item: a new one is created, an existing one updated. Writes are never
 * retried and never doubled: a second submit while one runs is ignored.
 */
export const saveItem$ = createEffect(
  (actions$ = inject(Actions), api = inject(InventoryApi)) => {
    return actions$.pipe(
      ofType(ItemEditorPageActions.createSubmitted, ItemEditorPageActions.updateSubmitted),
      exhaustMap((action) =>
        ('id' in action ? api.update(action.id, action.draft) : api.create(action.draft)).pipe(
          answerAs(
            (item) =>
              'id' in action
                ? InventoryApiActions.itemUpdated({ item })
                : InventoryApiActions.itemCreated({ item }),
            InventoryApiActions.itemSaveFailed,
            toInventoryError,
          ),
        ),
      ),
    );
  },
  { functional: true },
);

export const deleteItem$ = createEffect(
  (actions$ = inject(Actions), api = inject(InventoryApi)) => {
    return actions$.pipe(
      ofType(InventoryPageActions.deleteConfirmed),
      mergeMap(({ item }) =>
        api
          .remove(item.id)
          .pipe(
            answerAs(
              () => InventoryApiActions.itemDeleted({ item }),
              InventoryApiActions.itemDeleteFailed,
              toInventoryError,
            ),
          ),
      ),
    );
  },
  { functional: true },
);

/** A saved item goes back to the list, which keeps its search and page. */
export const returnToList$ = createEffect(
  (actions$ = inject(Actions), router = inject(Router)) => {
    return actions$.pipe(
      ofType(InventoryApiActions.itemCreated, InventoryApiActions.itemUpdated),
      tap(() => void router.navigateByUrl('/inventory')),
    );
  },
  { functional: true, dispatch: false },
);

/** Says what changed (a snack bar, announced politely to screen readers). */
export const announceChange$ = createEffect(
  (actions$ = inject(Actions), snackBar = inject(MatSnackBar)) => {
    return actions$.pipe(
      ofType(
        InventoryApiActions.itemCreated,
        InventoryApiActions.itemUpdated,
        InventoryApiActions.itemDeleted,
      ),
      tap(({ type, item }) => {
        const done =
          type === InventoryApiActions.itemCreated.type
            ? 'added'
            : type === InventoryApiActions.itemUpdated.type
              ? 'saved'
              : 'deleted';
        snackBar.open(`“${item.name}” ${done}.`, undefined, { duration: 5000 });
      }),
    );
  },
  { functional: true, dispatch: false },
);
