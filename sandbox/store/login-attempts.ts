import type { Db } from './db.ts';

/** Failed logins and lockouts, per normalised user name (whether or not such a user exists). */
export class LoginAttemptsRepository {
  readonly #addFailure;
  readonly #countSince;
  readonly #clearFailures;
  readonly #pruneFailures;
  readonly #lockUntil;
  readonly #lockedUntil;
  readonly #unlock;

  constructor(db: Db) {
    this.#addFailure = db.prepare<[string, number]>(
      'INSERT INTO login_failures (user_name_norm, at) VALUES (?, ?)',
    );
    this.#countSince = db
      .prepare<[string, number]>(
        'SELECT COUNT(*) FROM login_failures WHERE user_name_norm = ? AND at > ?',
      )
      .pluck();
    this.#clearFailures = db.prepare<[string]>(
      'DELETE FROM login_failures WHERE user_name_norm = ?',
    );
    this.#pruneFailures = db.prepare<[number]>('DELETE FROM login_failures WHERE at <= ?');
    this.#lockUntil = db.prepare<[string, number]>(
      'INSERT INTO lockouts (user_name_norm, until) VALUES (?, ?) ON CONFLICT (user_name_norm) DO UPDATE SET until = excluded.until',
    );
    this.#lockedUntil = db
      .prepare<[string], number>('SELECT until FROM lockouts WHERE user_name_norm = ?')
      .pluck();
    this.#unlock = db.prepare<[string]>('DELETE FROM lockouts WHERE user_name_norm = ?');
  }

  addFailure(name: string, at: number): void {
    this.#addFailure.run(name, at);
  }

  /** Failures strictly after `since`. */
  countFailuresSince(name: string, since: number): number {
    return Number(this.#countSince.get(name, since));
  }

  clearFailures(name: string): void {
    this.#clearFailures.run(name);
  }

  pruneFailuresUpTo(at: number): void {
    this.#pruneFailures.run(at);
  }

  lock(name: string, until: number): void {
    this.#lockUntil.run(name, until);
  }

  lockedUntil(name: string): number | undefined {
    return this.#lockedUntil.get(name);
  }

  unlock(name: string): void {
    this.#unlock.run(name);
  }
}
