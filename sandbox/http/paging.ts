import { apiErrors } from './errors.ts';

/**
 * Server-side paging for list endpoints [sandbox design]: `page` (1-based, default 1) and
 * `page_size` (1–100, default 25); the answer carries `page`, `page_size`, `total_count` and
 * `total_pages`. A page past the end is an empty list, not an error.
 */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/** Query strings are text (no coercion): the schema checks digits, the code checks ranges. */
export const pagingQueryProperties = {
  page: { type: 'string', pattern: '^[0-9]{1,9}$' },
  page_size: { type: 'string', pattern: '^[0-9]{1,9}$' },
} as const;

/**
 * A search text: no control characters (SQLite's LIKE stops a pattern at a NUL, so `q=%00`
 * would match every row). The history's and the inventory's `q`.
 */
export const SEARCH_TEXT = {
  type: 'string',
  maxLength: 100,
  pattern: '^[^\\u0000-\\u001f\\u007f]*$',
} as const;

export interface PagingQuery {
  page?: string;
  page_size?: string;
}

export interface Paging {
  page: number;
  pageSize: number;
  offset: number;
}

export function paging(query: PagingQuery): Paging {
  const page = query.page === undefined ? 1 : Number(query.page);
  if (page < 1 || page > 1_000_000)
    throw apiErrors.invalidRequest('page', 'page must be from 1 to 1000000.');
  const pageSize = query.page_size === undefined ? DEFAULT_PAGE_SIZE : Number(query.page_size);
  if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw apiErrors.invalidRequest('page_size', `page_size must be from 1 to ${MAX_PAGE_SIZE}.`);
  }
  return { page, pageSize, offset: (page - 1) * pageSize };
}

export function pageJson(paging: Paging, totalCount: number) {
  return {
    page: paging.page,
    page_size: paging.pageSize,
    total_count: totalCount,
    total_pages: Math.ceil(totalCount / paging.pageSize),
  };
}

/** `sort=name` ascending, `sort=-name` descending; `allowed` lists the column names. */
export function parseSort<T extends string>(
  value: string | undefined,
  allowed: readonly T[],
  fallback: { column: T; descending: boolean },
): { column: T; descending: boolean } {
  if (value === undefined || value === '') return fallback;
  const descending = value.startsWith('-');
  const column = (descending ? value.slice(1) : value) as T;
  if (!allowed.includes(column)) {
    throw apiErrors.invalidRequest(
      'sort',
      `sort must be one of ${allowed.map((name) => `${name}, -${name}`).join(', ')}.`,
    );
  }
  return { column, descending };
}

/** An optional non-negative integer query value ("" = absent). */
export function optionalInteger(value: string | undefined, field: string, max: number) {
  if (value === undefined || value === '') return undefined;
  const number = /^[0-9]{1,12}$/.test(value) ? Number(value) : NaN;
  if (!(number >= 0 && number <= max))
    throw apiErrors.invalidRequest(field, `${field} must be a whole number from 0 to ${max}.`);
  return number;
}
