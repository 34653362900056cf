import type { Db } from './db.ts';

/** Registered application keys (`X-Roam-Key`). */
export class ApiKeysRepository {
  readonly #exists;

  constructor(db: Db) {
    this.#exists = db.prepare<[string]>('SELECT 1 FROM api_keys WHERE key = ?').pluck();
  }

  isRegistered(key: string): boolean {
    return this.#exists.get(key) !== undefined;
  }
}
