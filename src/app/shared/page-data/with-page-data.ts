import { ProviderToken, inject } from '@angular/core';
import { tapResponse } from '@ngrx/operators';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  patchState,
  signalStoreFeature,
  type,
  withHooks,
  withMethods,
  withProps,
  withState,
} from '@ngrx/signals';
import { rxMethod } from '@ngrx/signals/rxjs-interop';
import { EMPTY, MonoTypeOperatorFunction, Observable, Subject, switchMap, takeUntil } from 'rxjs';
import { WsapiError, toWsapiError } from '../../core/wsapi/wsapi-error';

/** What a page shows of one read: the value, whether a read is on its way, how the last failed. */
export interface PageDataState<T> {
  readonly data: T | null;
  readonly loading: boolean;
  readonly error: WsapiError | null;
}

export interface PageDataOptions<A, R, T> {
  /** The API service the store reads with (injected once, by the store). */
  readonly api: ProviderToken<A>;
  /** The read for a request. */
  readonly fetch: (api: A, request: R) => Observable<T>;
  /**
   * What a request is about (an organization id). A request about another subject than the last
   * one first clears what is shown; by default every request is about the same subject.
   */
  readonly subjectOf?: (request: R) => unknown;
  /** Maps a failure to what the page says (default: `toWsapiError`). */
  readonly toError?: (error: unknown) => WsapiError;
}

const NO_SUBJECT = Symbol('no subject');

/**
 * The project's one pattern for page-scoped data: an NgRx SignalStore feature that reads one value
 * from the WSAPI for a request (a page of merchants, one merchant's billing…), for a store
 * provided by the page.
 *
 * - A newer request cancels one still on its way (`switchMap`); what is shown stays until the new
 *   value arrives, and stays after a failure, which is a typed `WsapiError`.
 * - A request about another subject (`subjectOf`) clears the value and error first, and
 *   `_subjectChanges` emits: every other request of the previous subject (a save, a row action)
 *   is dropped with `_untilSubjectChanges()`, so no page ever shows the previous subject's data.
 * - Every request runs in an `rxMethod`, so leaving the page (destroying the store) cancels it.
 */
export function withPageData<A, R, T>(options: PageDataOptions<A, R, T>) {
  const subjectOf = options.subjectOf ?? (() => null);
  const toError = options.toError ?? toWsapiError;
  return signalStoreFeature(
    withState<PageDataState<T>>({ data: null, loading: false, error: null }),
    withProps(() => ({
      /** Emits when the subject changes or the data is cleared. */
      _subjectChanges: new Subject<void>(),
      /** The subject shown and the request last loaded (mutable: not state the page shows). */
      _current: { subject: NO_SUBJECT as unknown, last: null as { request: R } | null },
    })),
    withMethods((store) => {
      const api = inject(options.api);
      const read = rxMethod<{ request: R } | null>(
        switchMap((next) => {
          if (next === null) return EMPTY;
          patchState(store, { loading: true, error: null });
          return options.fetch(api, next.request).pipe(
            tapResponse({
              next: (data: T) => patchState(store, { data, loading: false, error: null }),
              error: (error: unknown) =>
                patchState(store, { loading: false, error: toError(error) }),
            }),
          );
        }),
      );
      /** Forgets what is shown and cancels every request of the subject it was about. */
      const clear = (): void => {
        store._current.subject = NO_SUBJECT;
        store._current.last = null;
        read(null);
        patchState(store, { data: null, loading: false, error: null });
        store._subjectChanges.next();
      };
      return {
        load(request: R): void {
          const subject = subjectOf(request);
          if (subject !== store._current.subject) {
            clear();
            store._current.subject = subject;
          }
          store._current.last = { request };
          read(store._current.last);
        },
        /** Reads the last request again (after a failure, or after a change elsewhere). */
        reload(): void {
          if (store._current.last) read(store._current.last);
        },
        clear,
        /** The request last loaded (for a write about its subject), or null. */
        _lastRequest(): R | null {
          return store._current.last?.request ?? null;
        },
        /** Shows `data` (e.g. what a successful write answered) in place of what was read. */
        setData(data: T): void {
          patchState(store, { data, error: null });
        },
        /** Drops a request of the store's own (a save, a row action) when the subject changes. */
        _untilSubjectChanges<V>(): MonoTypeOperatorFunction<V> {
          return takeUntil(store._subjectChanges);
        },
      };
    }),
  );
}

/**
 * A store's own state about the subject of its `withPageData` (a save's outcome, the row actions
 * under way): back to `initial` whenever the subject changes, together with the data.
 */
export function withSubjectState<S extends object>(initial: S) {
  return signalStoreFeature(
    { props: type<{ _subjectChanges: Subject<void> }>() },
    withState(initial),
    withHooks({
      onInit(store) {
        store._subjectChanges
          .pipe(takeUntilDestroyed())
          .subscribe(() => patchState(store, initial));
      },
    }),
  );
}
