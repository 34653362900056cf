import type { Db } from './db.ts';

export interface SessionRow {
  token_hash: string;
  user_id: number;
  created_at: number;
  expires_at: number;
}

/** Sessions by SHA-256 hash of their token: the token itself is never stored. */
export class SessionsRepository {
  readonly #insert;
  readonly #find;
  readonly #setExpiry;
  readonly #delete;
  readonly #deleteExpired;

  constructor(db: Db) {
    this.#insert = db.prepare<[string, number, number, number]>(
      'INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
    );
    this.#find = db.prepare<[string], SessionRow>('SELECT * FROM sessions WHERE token_hash = ?');
    this.#setExpiry = db.prepare<[number, string]>(
      'UPDATE sessions SET expires_at = ? WHERE token_hash = ?',
    );
    this.#delete = db.prepare<[string]>('DELETE FROM sessions WHERE token_hash = ?');
    this.#deleteExpired = db.prepare<[number]>('DELETE FROM sessions WHERE expires_at <= ?');
  }

  insert(row: SessionRow): void {
    this.#insert.run(row.token_hash, row.user_id, row.created_at, row.expires_at);
  }

  find(tokenHash: string): SessionRow | undefined {
    return this.#find.get(tokenHash);
  }

  setExpiry(tokenHash: string, expiresAt: number): void {
    this.#setExpiry.run(expiresAt, tokenHash);
  }

  delete(tokenHash: string): boolean {
    return this.#delete.run(tokenHash).changes > 0;
  }

  deleteExpired(now: number): void {
    this.#deleteExpired.run(now);
  }
}
