import { ProviderToken, computed, effect, untracked } from '@angular/core';
import { signalStoreFeature, withComputed } from '@ngrx/signals';
import { Observable } from 'rxjs';
import { withPageData } from '../../shared/page-data/with-page-data';
import { toAdminError } from './admin-errors';
import { Page } from './admin.model';

/** Where a page's save stands. */
export type SaveStatus = 'idle' | 'saving' | 'saved' | 'failed';

/** `withPageData` for an admin read: its failures mapped by `toAdminError`. */
export function withAdminData<A, R, T>(
  api: ProviderToken<A>,
  fetch: (api: A, request: R) => Observable<T>,
  subjectOf?: (request: R) => unknown,
) {
  return withPageData({ api, fetch, subjectOf, toError: toAdminError });
}

/** An admin read of one page of a list (merchants, users, the audit log): its items and total. */
export function withAdminPage<A, R, T>(
  api: ProviderToken<A>,
  fetch: (api: A, request: R) => Observable<Page<T>>,
  subjectOf?: (request: R) => unknown,
) {
  return signalStoreFeature(
    withAdminData(api, fetch, subjectOf),
    withComputed(({ data }) => ({
      items: computed(() => data()?.items ?? []),
      totalCount: computed(() => data()?.totalCount ?? 0),
    })),
  );
}

/**
 * In a page's constructor: `store.load(request())` whenever the request (the route's id, the
 * URL's page) changes; `before` runs first, e.g. to leave edit mode for another merchant.
 */
export function loadOnChange<R>(
  request: () => R,
  store: { load(request: R): void },
  before?: () => void,
): void {
  effect(() => {
    const current = request();
    untracked(() => {
      before?.();
      store.load(current);
    });
  });
}
