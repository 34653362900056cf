import type { Statement } from 'better-sqlite3';
import type { Db } from './db.ts';

/** A filter as SQL: the WHERE clause and its parameters, in order. */
export interface WhereClause {
  readonly sql: string;
  readonly params: readonly unknown[];
}

/**
 * The queries of one table whose WHERE clause is built from a search (the history's, the
 * inventory's): each distinct SQL text is prepared once and kept, as there are few of them.
 */
export class FilteredQueries {
  readonly #statements = new Map<string, Statement<unknown[]>>();

  constructor(
    private readonly db: Db,
    private readonly table: string,
  ) {}

  prepare(sql: string): Statement<unknown[]> {
    let statement = this.#statements.get(sql);
    if (!statement) {
      statement = this.db.prepare<unknown[]>(sql);
      this.#statements.set(sql, statement);
    }
    return statement;
  }

  /** How many rows match `where`. */
  count({ sql, params }: WhereClause): number {
    return Number(
      this.prepare(`SELECT COUNT(*) FROM ${this.table} WHERE ${sql}`)
        .pluck()
        .get(...params),
    );
  }
}
