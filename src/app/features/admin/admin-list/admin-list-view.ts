import { Signal, computed } from '@angular/core';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { adminErrorText } from '../admin-errors';
import { pageCaption } from '../admin-paging';
import { loadOnChange } from '../paged-store';

/** What an admin list reads from its store (`withAdminPage`). */
export interface AdminListSource<R> {
  readonly loading: Signal<boolean>;
  readonly error: Signal<WsapiError | null>;
  readonly totalCount: Signal<number>;
  load(request: R): void;
  reload(): void;
}

/** The words of one admin list. */
export interface AdminListTexts {
  /** The progress bar's name ("Loading merchants"); the summary says it, with "…", meanwhile. */
  readonly loading: string;
  /** What failed, for the error banner ("Loading the merchants"). */
  readonly doing: string;
  /** What the table lists, for its caption ("Merchants by organization id"). */
  readonly caption: string;
  /** The paginator's accessible name ("Pages of merchants"). */
  readonly pages: string;
  /** What the loaded list holds ("3 merchants."); may read other signals (the search). */
  readonly counted: (totalCount: number) => string;
}

/** One admin list as its page and `mcm-admin-list` show it. */
export interface AdminListView {
  readonly texts: AdminListTexts;
  readonly request: Signal<{ readonly page: number; readonly pageSize: number }>;
  readonly loading: Signal<boolean>;
  readonly totalCount: Signal<number>;
  readonly errorMessage: Signal<string | null>;
  /** What the list holds, said once per change (a polite live region). */
  readonly summary: Signal<string>;
  readonly caption: Signal<string>;
  retry(): void;
}

/**
 * For a paged admin list (call it in the page's constructor's injection context): loads `request`
 * into `store` whenever it changes, and says what the list holds, how it failed and which page of
 * how many the table shows.
 */
export function adminList<R extends { readonly page: number; readonly pageSize: number }>(
  store: AdminListSource<R>,
  request: Signal<R>,
  texts: AdminListTexts,
): AdminListView {
  loadOnChange(request, store);
  return {
    texts,
    request,
    loading: store.loading,
    totalCount: store.totalCount,
    errorMessage: adminErrorText(store.error, texts.doing),
    summary: computed(() => {
      if (store.loading()) return `${texts.loading}…`;
      if (store.error()) return '';
      return texts.counted(store.totalCount());
    }),
    caption: computed(() => pageCaption(texts.caption, request(), store.totalCount())),
    retry: () => store.reload(),
  };
}
