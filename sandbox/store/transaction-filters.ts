import type { Tender, TransactionStatus, TransactionType } from './transaction-records.ts';

/** The filters and sort orders of transaction lists and exports, as SQL `WHERE` and `ORDER BY`. */
export interface TransactionFilter {
  from?: number;
  to?: number;
  statuses?: readonly TransactionStatus[];
  tender?: Tender;
  type?: TransactionType;
  q?: string;
  amount?: number;
  amountMin?: number;
  amountMax?: number;
}

export type TransactionSortColumn = 'created_at' | 'total';
export interface TransactionSort {
  column: TransactionSortColumn;
  descending: boolean;
}

/** `LIKE` pattern matching `text` literally anywhere (escape character `\`). */
export function containsPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** `WHERE` SQL and its parameters: the organization's transactions that pass `filter`. */
export function where(organizationId: string, filter: TransactionFilter) {
  const clauses = ['organization_id = ?'];
  const params: (string | number)[] = [organizationId];
  const add = (clause: string, ...values: (string | number)[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  if (filter.from !== undefined) add('created_at >= ?', filter.from);
  if (filter.to !== undefined) add('created_at < ?', filter.to);
  if (filter.statuses?.length)
    add(`status IN (${filter.statuses.map(() => '?').join(', ')})`, ...filter.statuses);
  if (filter.tender) add('tender = ?', filter.tender);
  if (filter.type) add('type = ?', filter.type);
  if (filter.q) add("search_text LIKE ? ESCAPE '\\'", containsPattern(filter.q));
  if (filter.amount !== undefined) add('total = ?', filter.amount);
  if (filter.amountMin !== undefined) add('total >= ?', filter.amountMin);
  if (filter.amountMax !== undefined) add('total <= ?', filter.amountMax);
  return { sql: clauses.join(' AND '), params };
}

/** `ORDER BY` SQL for `sort`; `seq` breaks ties in the same direction. */
export function orderBy(sort: TransactionSort): string {
  const direction = sort.descending ? 'DESC' : 'ASC';
  // The column comes from a fixed list, never from the request text itself.
  const column = sort.column === 'total' ? 'total' : 'created_at';
  return `${column} ${direction}, seq ${direction}`;
}
