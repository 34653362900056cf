import { Params } from '@angular/router';
import { minorDigits, parseMoney } from '../../shared/money/money';
import { TENDERS, TRANSACTION_STATUSES, Tender, TransactionStatus } from './transactions.model';

/** What the history is filtered by. Dates are calendar days (`YYYY-MM-DD`) in the user's zone. */
export interface TransactionFilter {
  readonly from: string;
  readonly to: string;
  readonly statuses: readonly TransactionStatus[];
  readonly tender: Tender | '';
  /** An exact total, in minor units. */
  readonly amount: number | null;
  /** Free text: id, approval code, card brand or last four, item names and SKUs. */
  readonly q: string;
}

export type SortColumn = 'created_at' | 'total';
export interface TransactionSort {
  readonly column: SortColumn;
  readonly direction: 'asc' | 'desc';
}

/** One page of the history: the filter, the page and the order. Lives in the URL. */
export interface TransactionQuery {
  readonly filter: TransactionFilter;
  readonly page: number;
  readonly pageSize: number;
  readonly sort: TransactionSort;
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;
/** Newest first. */
export const DEFAULT_SORT: TransactionSort = { column: 'created_at', direction: 'desc' };

export const EMPTY_FILTER: TransactionFilter = {
  from: '',
  to: '',
  statuses: [],
  tender: '',
  amount: null,
  q: '',
};

export const DEFAULT_QUERY: TransactionQuery = {
  filter: EMPTY_FILTER,
  page: 1,
  pageSize: DEFAULT_PAGE_SIZE,
  sort: DEFAULT_SORT,
};

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written `YYYY-MM-DD`. */
export function isDay(value: string): boolean {
  if (!DAY.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1;
}

/** `1250` USD → `12.50`: the amount as a user would type it (no symbol, no grouping). */
export function amountText(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  if (!digits) return String(minor);
  const whole = Math.floor(minor / 10 ** digits);
  return `${whole}.${String(minor % 10 ** digits).padStart(digits, '0')}`;
}

function positiveInt(value: unknown, fallback: number, max = 1_000_000): number {
  if (typeof value !== 'string' || !/^\d{1,7}$/.test(value)) return fallback;
  const number = Number(value);
  return number >= 1 && number <= max ? number : fallback;
}

const one = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? String(value[0] ?? '') : '';

/**
 * The query in the address bar → the query. Anything unreadable falls back to its default,
 * so a hand-edited or stale link still opens the history.
 */
export function queryFromParams(params: Params, currency: string): TransactionQuery {
  const from = one(params['from']);
  const to = one(params['to']);
  const statuses = one(params['status'])
    .split(',')
    .filter((status): status is TransactionStatus =>
      (TRANSACTION_STATUSES as readonly string[]).includes(status),
    );
  const tender = one(params['tender']);
  const amount = one(params['amount']) ? parseMoney(one(params['amount']), currency) : null;
  const sortText = one(params['sort']);
  const column = sortText.replace(/^-/, '');
  const pageSize = positiveInt(one(params['size']), DEFAULT_PAGE_SIZE);
  return {
    filter: {
      from: isDay(from) ? from : '',
      to: isDay(to) ? to : '',
      statuses: [...new Set(statuses)],
      tender: (TENDERS as readonly string[]).includes(tender) ? (tender as Tender) : '',
      amount: amount !== null && amount > 0 ? amount : null,
      q: one(params['q']).trim().slice(0, 100),
    },
    page: positiveInt(one(params['page']), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    sort:
      column === 'created_at' || column === 'total'
        ? { column, direction: sortText.startsWith('-') ? 'desc' : 'asc' }
        : DEFAULT_SORT,
  };
}

const sortParam = ({ column, direction }: TransactionSort): string =>
  `${direction === 'desc' ? '-' : ''}${column}`;

/** The query → the address bar's query params; defaults are left out, so links stay short. */
export function paramsFromQuery(query: TransactionQuery, currency: string): Params {
  const { filter } = query;
  const params: Params = {};
  if (filter.from) params['from'] = filter.from;
  if (filter.to) params['to'] = filter.to;
  if (filter.statuses.length) params['status'] = filter.statuses.join(',');
  if (filter.tender) params['tender'] = filter.tender;
  if (filter.amount !== null) params['amount'] = amountText(filter.amount, currency);
  if (filter.q) params['q'] = filter.q;
  if (query.page !== 1) params['page'] = String(query.page);
  if (query.pageSize !== DEFAULT_PAGE_SIZE) params['size'] = String(query.pageSize);
  const sort = sortParam(query.sort);
  if (sort !== sortParam(DEFAULT_SORT)) params['sort'] = sort;
  return params;
}

/**
 * The filter and order → the WSAPI's query (minor units, the user's time zone for the days).
 * The export takes exactly these; the history adds `page` and `page_size`.
 */
export function filterToApiParams(
  filter: TransactionFilter,
  sort: TransactionSort,
  timeZone: string,
): Record<string, string> {
  const params: Record<string, string> = {};
  if (filter.from) params['from'] = filter.from;
  if (filter.to) params['to'] = filter.to;
  if (filter.from || filter.to) params['time_zone'] = timeZone;
  if (filter.statuses.length) params['status'] = filter.statuses.join(',');
  if (filter.tender) params['tender'] = filter.tender;
  if (filter.amount !== null) params['amount'] = String(filter.amount);
  if (filter.q) params['q'] = filter.q;
  params['sort'] = sortParam(sort);
  return params;
}

export function queryToApiParams(
  query: TransactionQuery,
  timeZone: string,
): Record<string, string> {
  return {
    ...filterToApiParams(query.filter, query.sort, timeZone),
    page: String(query.page),
    page_size: String(query.pageSize),
  };
}

export function sameQuery(a: TransactionQuery, b: TransactionQuery): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
