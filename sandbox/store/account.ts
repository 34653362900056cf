import type { Db } from './db.ts';
import type { AccountFlags, SecurityQuestion } from './users.ts';

export type AccountFlag = keyof AccountFlags;

/**
 * A user's self-service writes (the Users resource). Each change and the clearing of the
 * `account_flags` value it satisfies happen in one statement or transaction, so a flag is never
 * cleared without its change (or the other way round).
 */
export class AccountRepository {
  readonly #setPassword;
  readonly #deleteOtherSessions;
  readonly #sessionExists;
  readonly #recordTerms;
  readonly #termsAcceptedAt;
  readonly #clearFlag;
  readonly #setPrimaryEmail;
  readonly #setSecurityQuestions;

  constructor(private readonly db: Db) {
    this.#setPassword = db.prepare<[string, number]>(
      'UPDATE users SET password_hash = ? WHERE id = ?',
    );
    this.#deleteOtherSessions = db.prepare<[number, string]>(
      'DELETE FROM sessions WHERE user_id = ? AND token_hash <> ?',
    );
    this.#sessionExists = db
      .prepare<[string, number]>('SELECT 1 FROM sessions WHERE token_hash = ? AND user_id = ?')
      .pluck();
    this.#recordTerms = db.prepare<[number, string, number]>(
      'INSERT INTO terms_acceptances (user_id, version, accepted_at) VALUES (?, ?, ?) ON CONFLICT (user_id, version) DO NOTHING',
    );
    this.#termsAcceptedAt = db
      .prepare<[number, string], number>(
        'SELECT accepted_at FROM terms_acceptances WHERE user_id = ? AND version = ?',
      )
      .pluck();
    this.#clearFlag = db.prepare<[string, number]>(
      "UPDATE users SET account_flags = json_set(account_flags, ?, json('false')) WHERE id = ?",
    );
    this.#setPrimaryEmail = db.prepare<[string, number]>(
      "UPDATE users SET profile = json_set(profile, '$.primary_email', ?) WHERE id = ?",
    );
    this.#setSecurityQuestions = db.prepare<[string, number]>(
      'UPDATE users SET security_questions = ? WHERE id = ?',
    );
  }

  #clear(userId: number, flag: AccountFlag): void {
    this.#clearFlag.run(`$.${flag}`, userId);
  }

  /**
   * New hash, `change_password_required` off, and every session of the user but `keepTokenHash`
   * ended. Does nothing and answers false when that session no longer exists (it was ended while
   * the new hash was computed, e.g. by a concurrent password change from another session).
   */
  changePassword(userId: number, passwordHash: string, keepTokenHash: string): boolean {
    return this.db.transaction(() => {
      if (this.#sessionExists.get(keepTokenHash, userId) === undefined) return false;
      this.#setPassword.run(passwordHash, userId);
      this.#clear(userId, 'change_password_required');
      this.#deleteOtherSessions.run(userId, keepTokenHash);
      return true;
    })();
  }

  /** Records the first acceptance of `version` (a repeat keeps the first time); flag off. */
  acceptTerms(userId: number, version: string, at: number): void {
    this.db.transaction(() => {
      this.#recordTerms.run(userId, version, at);
      this.#clear(userId, 'accept_terms_and_conditions_required');
    })();
  }

  termsAcceptedAt(userId: number, version: string): number | undefined {
    return this.#termsAcceptedAt.get(userId, version);
  }

  changePrimaryEmail(userId: number, email: string): void {
    this.db.transaction(() => {
      this.#setPrimaryEmail.run(email, userId);
      this.#clear(userId, 'change_email_required');
    })();
  }

  /** Stored with answers in clear text, as the seed stores them (the login response returns them). */
  setSecurityQuestions(userId: number, questions: readonly SecurityQuestion[]): void {
    this.db.transaction(() => {
      this.#setSecurityQuestions.run(JSON.stringify(questions), userId);
      this.#clear(userId, 'change_security_questions_required');
    })();
  }
}
