import type { Configuration } from '../access/configuration.ts';
import type { Db } from './db.ts';

export interface AccountFlags {
  change_email_required: boolean;
  change_password_required: boolean;
  change_security_questions_required: boolean;
  accept_terms_and_conditions_required: boolean;
}

export interface SecurityQuestion {
  id: string;
  question: string;
  /** Stored and returned in clear text because the vendor contract returns it (CONTRACT §2). */
  answer: string;
}

export interface UserProfile {
  first_name: string;
  middle_name_initial: string;
  last_name: string;
  title: string;
  primary_email: string;
  cell_phone: string;
  work_phone: string;
  other_phone: string;
  locale: string;
  /** [sandbox design] Set from account settings (`PUT /WSAPI/Users/Address`); absent in the seed. */
  address?: UserAddress | null;
}

export interface UserAddress {
  line1: string;
  line2: string;
  city: string;
  region: string;
  postal_code: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
}

export interface UserRecord {
  id: number;
  organizationId: string;
  userName: string;
  passwordHash: string;
  profile: UserProfile;
  accountFlags: AccountFlags;
  securityQuestions: SecurityQuestion[];
  isAdmin: boolean;
  isSysAdmin: boolean;
  testAccount: boolean;
  billOrganization: boolean;
  configOverrides: Configuration;
  /** Locked by an administrator (no end date), as opposed to a lockout after failed logins. */
  locked: boolean;
}

export interface Processor {
  name: string;
  processor_profile: string;
  date_modified: string;
}

export interface OrganizationRecord {
  id: string;
  parentId: string | null;
  name: string;
  organizationType: string;
  chainId: string;
  storeId: string;
  terminalId: string;
  processor: Processor | null;
  configuration: Configuration;
}

/** User names match case-insensitively and ignore surrounding spaces. */
export function normaliseUserName(userName: string): string {
  return userName.trim().toLowerCase();
}

interface UserRow {
  id: number;
  organization_id: string;
  user_name: string;
  password_hash: string;
  profile: string;
  account_flags: string;
  security_questions: string;
  is_admin: number;
  is_sys_admin: number;
  test_account: number;
  bill_organization: number;
  config_overrides: string;
  locked: number;
}

/** The `organizations` columns every reader of the table selects. */
export interface OrganizationColumns {
  id: string;
  parent_id: string | null;
  name: string;
  organization_type: string;
  chain_id: string;
  store_id: string;
  terminal_id: string;
}

interface OrganizationRow extends OrganizationColumns {
  processor: string | null;
  configuration: string;
}

function toUser(row: UserRow): UserRecord {
  return {
    id: row.id,
    organizationId: row.organization_id,
    userName: row.user_name,
    passwordHash: row.password_hash,
    profile: JSON.parse(row.profile) as UserProfile,
    accountFlags: JSON.parse(row.account_flags) as AccountFlags,
    securityQuestions: JSON.parse(row.security_questions) as SecurityQuestion[],
    isAdmin: row.is_admin === 1,
    isSysAdmin: row.is_sys_admin === 1,
    testAccount: row.test_account === 1,
    billOrganization: row.bill_organization === 1,
    configOverrides: JSON.parse(row.config_overrides) as Configuration,
    locked: row.locked === 1,
  };
}

function toOrganization(row: OrganizationRow): OrganizationRecord {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: row.name,
    organizationType: row.organization_type,
    chainId: row.chain_id,
    storeId: row.store_id,
    terminalId: row.terminal_id,
    processor: row.processor === null ? null : (JSON.parse(row.processor) as Processor),
    configuration: JSON.parse(row.configuration) as Configuration,
  };
}

export class UsersRepository {
  readonly #byNorm;
  readonly #byId;
  readonly #count;

  constructor(db: Db) {
    this.#byNorm = db.prepare<[string], UserRow>('SELECT * FROM users WHERE user_name_norm = ?');
    this.#byId = db.prepare<[number], UserRow>('SELECT * FROM users WHERE id = ?');
    this.#count = db.prepare('SELECT COUNT(*) FROM users').pluck();
  }

  findByName(userName: string): UserRecord | undefined {
    const row = this.#byNorm.get(normaliseUserName(userName));
    return row && toUser(row);
  }

  findById(id: number): UserRecord | undefined {
    const row = this.#byId.get(id);
    return row && toUser(row);
  }

  count(): number {
    return Number(this.#count.get());
  }
}

export class OrganizationsRepository {
  readonly #byId;

  constructor(db: Db) {
    this.#byId = db.prepare<[string], OrganizationRow>('SELECT * FROM organizations WHERE id = ?');
  }

  findById(id: string): OrganizationRecord | undefined {
    const row = this.#byId.get(id);
    return row && toOrganization(row);
  }
}
