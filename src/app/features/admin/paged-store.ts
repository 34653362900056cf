import { DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Observable, Subject, catchError, map, of, startWith, switchMap } from 'rxjs';
import { WsapiError } from '../../core/wsapi/wsapi-error';
import { toAdminError } from './admin-errors';

interface LoadState<T> {
  readonly loading: boolean;
  readonly value: T | null;
  readonly error: WsapiError | null;
}

/**
 * One value loaded from the WSAPI for a request (a page of merchants, one merchant…): a newer
 * request cancels one still on its way; what is shown stays until the new value arrives; a
 * failure is a typed error. Create it in an injection context (a store's constructor).
 */
export class Loader<R, T> {
  private readonly state = signal<LoadState<T>>({ loading: false, value: null, error: null });
  /** A request to load, or null to clear. */
  private readonly requests = new Subject<R | null>();
  private last: R | null = null;

  readonly loading = computed(() => this.state().loading);
  readonly value = computed(() => this.state().value);
  readonly error = computed(() => this.state().error);

  constructor(fetch: (request: R) => Observable<T>) {
    this.requests
      .pipe(
        switchMap((request) =>
          request === null
            ? of<Partial<LoadState<T>>>({ loading: false, value: null, error: null })
            : fetch(request).pipe(
                map((value): Partial<LoadState<T>> => ({ loading: false, value, error: null })),
                catchError((error: unknown) =>
                  of<Partial<LoadState<T>>>({ loading: false, error: toAdminError(error) }),
                ),
                startWith<Partial<LoadState<T>>>({ loading: true, error: null }),
              ),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((patch) => this.state.update((state) => ({ ...state, ...patch })));
  }

  load(request: R): void {
    this.last = request;
    this.requests.next(request);
  }

  /** Loads the last request again (after a failure, or after a change elsewhere). */
  reload(): void {
    if (this.last !== null) this.requests.next(this.last);
  }

  /**
   * Forgets the value and error shown, and cancels a load on its way: the next request is about
   * something else (another merchant), whose page must not show the previous one's data.
   */
  clear(): void {
    this.last = null;
    this.requests.next(null);
  }

  /** Replaces the value shown (e.g. with what a successful write returned). */
  set(value: T): void {
    this.state.update((state) => ({ ...state, value, error: null }));
  }
}
