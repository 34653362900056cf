import type { PasswordHasher } from '../auth/passwords.ts';
import { truncateAll, type Db } from './db.ts';
import {
  DEMO_PASSWORD,
  SEED_API_KEYS,
  SEED_ORGANIZATIONS,
  SEED_SECURITY_QUESTIONS,
  SEED_USERS,
} from './seed.data.ts';
import { normaliseUserName, type AccountFlags } from './users.ts';

const NO_FLAGS: AccountFlags = {
  change_email_required: false,
  change_password_required: false,
  change_security_questions_required: false,
  accept_terms_and_conditions_required: false,
};

/**
 * Writes the demo data. Password hashes are computed once per process and reused by every reset,
 * so `POST /__sandbox/reset` stays fast at the full scrypt cost.
 */
export class Seeder {
  #hashes: Promise<string[]> | undefined;

  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Seeds when the database has no users (first start); true if it did. */
  async seedIfEmpty(): Promise<boolean> {
    const users = Number(this.db.prepare('SELECT COUNT(*) FROM users').pluck().get());
    if (users > 0) return false;
    await this.resetToSeed();
    return true;
  }

  /** Empties every table and writes the seed again, in one transaction. */
  async resetToSeed(): Promise<void> {
    this.#hashes ??= Promise.all(SEED_USERS.map(() => this.hasher.hash(DEMO_PASSWORD)));
    const hashes = await this.#hashes;
    this.db.transaction(() => {
      truncateAll(this.db);
      this.#insert(hashes);
    })();
  }

  #insert(hashes: string[]): void {
    const insertKey = this.db.prepare('INSERT INTO api_keys (key, name) VALUES (?, ?)');
    for (const { key, name } of SEED_API_KEYS) insertKey.run(key, name);

    const insertOrganization = this.db.prepare(
      `INSERT INTO organizations (id, parent_id, name, organization_type, chain_id, store_id, terminal_id, processor, configuration)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const org of SEED_ORGANIZATIONS) {
      insertOrganization.run(
        org.id,
        org.parentId,
        org.name,
        org.organizationType,
        org.chainId,
        org.storeId,
        org.terminalId,
        org.processor ? JSON.stringify(org.processor) : null,
        JSON.stringify(org.configuration),
      );
    }

    const insertUser = this.db.prepare(
      `INSERT INTO users (organization_id, user_name, user_name_norm, password_hash, profile, account_flags,
         security_questions, is_admin, is_sys_admin, test_account, bill_organization, config_overrides)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?)`,
    );
    SEED_USERS.forEach((user, index) => {
      insertUser.run(
        user.organizationId,
        user.userName,
        normaliseUserName(user.userName),
        hashes[index],
        JSON.stringify(user.profile),
        JSON.stringify({ ...NO_FLAGS, ...user.accountFlags }),
        JSON.stringify(SEED_SECURITY_QUESTIONS),
        user.isAdmin ? 1 : 0,
        user.isSysAdmin ? 1 : 0,
        JSON.stringify(user.configOverrides ?? {}),
      );
    });
  }
}
