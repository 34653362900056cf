import { Signal } from '@angular/core';
import { tapResponse } from '@ngrx/operators';
import { WritableStateSource, patchState } from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { MonoTypeOperatorFunction, Observable, exhaustMap } from 'rxjs';
import { WsapiError } from '../../core/wsapi/wsapi-error';
import { toAdminError } from './admin-errors';
import { SaveStatus } from './paged-store';

/** Where the save of one merchant's page (billing, configuration) stands. */
export interface AdminSaveState {
  readonly saveStatus: SaveStatus;
  readonly saveError: WsapiError | null;
}

/** The store `adminSave` works in: `withAdminData` for an organization id, `withSubjectState`. */
interface AdminSaveHost<T> extends WritableStateSource<AdminSaveState> {
  readonly saveStatus: Signal<SaveStatus>;
  _lastRequest(): string | null;
  setData(data: T): void;
  _untilSubjectChanges<V>(): MonoTypeOperatorFunction<V>;
}

/**
 * The save of one merchant's page, for its store's `withMethods` (an injection context).
 * `save(draft)` sends `draft` for the merchant loaded through `update`, once (never retried;
 * ignored while a save is on its way); its answer replaces what is shown, and `saved(draft)` (more
 * state, e.g. a count) is patched with the status. A save still on its way when the merchant
 * changes is dropped. `clearSaveStatus()` forgets the last outcome. Saving and a failure start
 * from `idle` (the store's whole save state).
 */
export function adminSave<D, T>(
  store: AdminSaveHost<T>,
  idle: AdminSaveState,
  update: (organizationId: string, draft: D) => Observable<T>,
  saved: (draft: D) => object = () => ({}),
) {
  const send = rxMethod<{ organizationId: string; draft: D }>(
    exhaustMap(({ organizationId, draft }) =>
      update(organizationId, draft).pipe(
        tapResponse({
          next: (data) => {
            store.setData(data);
            patchState(store, { saveStatus: 'saved', saveError: null, ...saved(draft) });
          },
          error: (error: unknown) =>
            patchState(store, { ...idle, saveStatus: 'failed', saveError: toAdminError(error) }),
        }),
        store._untilSubjectChanges(),
      ),
    ),
  );
  return {
    /** Sends `draft` for the merchant loaded; ignored while a save is on its way. */
    save(draft: D): void {
      const organizationId = store._lastRequest();
      if (organizationId === null || store.saveStatus() === 'saving') return;
      patchState(store, { ...idle, saveStatus: 'saving' });
      send({ organizationId, draft });
    },
    /** Forgets the last save's outcome (e.g. when editing starts again). */
    clearSaveStatus(): void {
      if (store.saveStatus() !== 'saving') patchState(store, idle);
    },
  };
}
