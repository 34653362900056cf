import type { PasswordHasher } from '../auth/passwords.ts';
import { Clock } from '../clock.ts';
import { SEED_BILLING } from './billing-seed.data.ts';
import { BillingRepository } from './billing.ts';
import { truncateAll, type Db } from './db.ts';
import { SEED_HISTORIES } from './merchant-seed.data.ts';
import { seedMerchantHistory } from './merchant-seed.ts';
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
 * so `POST /__sandbox/reset` stays fast at the full scrypt cost. The merchants' history (items,
 * ~90 days of transactions) is generated from a fixed PRNG seed relative to the sandbox clock
 * at seed time: the same shape after every reset, always ending "now".
 */
export class Seeder {
  #hashes: Promise<string[]> | undefined;

  constructor(
    private readonly db: Db,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock = new Clock(),
  ) {}

  /**
   * Seeds when the database has no users (first start); true if it did. A database seeded before
   * the merchant history existed (no items and no transactions at all) gets the history only;
   * one seeded before billing existed (migration 5: an empty `organization_billing`) gets the
   * seed's billing records for those seeded organizations it has.
   */
  async seedIfEmpty(): Promise<boolean> {
    const count = (table: string) =>
      Number(this.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get());
    if (count('users') > 0) {
      if (count('transactions') === 0 && count('inventory_items') === 0) {
        this.db.transaction(() => this.#insertMerchantHistory())();
      }
      if (count('organization_billing') === 0) {
        this.db.transaction(() => this.#insertBilling())();
      }
      return false;
    }
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
      this.#insertMerchantHistory();
    })();
  }

  #insertMerchantHistory(): void {
    const now = this.clock.now();
    const userId = this.db
      .prepare<[string], number>('SELECT id FROM users WHERE user_name_norm = ?')
      .pluck();
    for (const history of SEED_HISTORIES) {
      const organization = this.db
        .prepare('SELECT 1 FROM organizations WHERE id = ?')
        .get(history.organizationId);
      if (!organization) continue;
      seedMerchantHistory(this.db, history, userId.get(history.userName) ?? null, now);
    }
  }

  /** The seed's billing records, for the seeded organizations that exist. */
  #insertBilling(): void {
    const billing = new BillingRepository(this.db);
    const exists = this.db.prepare<[string]>('SELECT 1 FROM organizations WHERE id = ?');
    for (const { organizationId, ...details } of SEED_BILLING) {
      if (exists.get(organizationId)) billing.save(organizationId, details, null);
    }
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
    this.#insertBilling();
  }
}
