import {
  insertAuditEntry,
  listAuditEntries,
  type AuditEntry,
  type NewAuditEntry,
} from './audit-log.ts';
import type { Db } from './db.ts';
import { scopeClause, type OrganizationScope } from './organization-scope.ts';
import {
  normaliseUserName,
  type AccountFlags,
  type OrganizationColumns,
  type Processor,
  type UserProfile,
} from './users.ts';

export interface AdminOrganizationRow extends OrganizationColumns {
  processor: Processor | null;
  status: string;
}

export interface AdminUserRow {
  id: number;
  organization_id: string;
  user_name: string;
  profile: UserProfile;
  account_flags: AccountFlags;
  is_admin: boolean;
  is_sys_admin: boolean;
  locked: boolean;
  active_sessions: number;
}

export interface NewUser {
  organizationId: string;
  userName: string;
  passwordHash: string;
  profile: UserProfile;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

interface RawOrganization extends Omit<AdminOrganizationRow, 'processor'> {
  processor: string | null;
}

interface RawUser {
  id: number;
  organization_id: string;
  user_name: string;
  profile: string;
  account_flags: string;
  is_admin: number;
  is_sys_admin: number;
  locked: number;
  active_sessions: number;
}

const toOrganization = (row: RawOrganization): AdminOrganizationRow => ({
  ...row,
  processor: row.processor === null ? null : (JSON.parse(row.processor) as Processor),
});

const toUser = (row: RawUser): AdminUserRow => ({
  id: row.id,
  organization_id: row.organization_id,
  user_name: row.user_name,
  profile: JSON.parse(row.profile) as UserProfile,
  account_flags: JSON.parse(row.account_flags) as AccountFlags,
  is_admin: row.is_admin === 1,
  is_sys_admin: row.is_sys_admin === 1,
  locked: row.locked === 1,
  active_sessions: row.active_sessions,
});

const ORGANIZATION_COLUMNS =
  'id, parent_id, name, organization_type, chain_id, store_id, terminal_id, processor, status';

/** The admin area's reads and writes. Scoping is decided by the caller (admin-scope.ts). */
export class AdminRepository {
  constructor(private readonly db: Db) {}

  /** Direct children (submerchants) of an organization. */
  childIds(organizationId: string): string[] {
    return this.db
      .prepare<[string], string>('SELECT id FROM organizations WHERE parent_id = ? ORDER BY id')
      .pluck()
      .all(organizationId);
  }

  findOrganization(id: string): AdminOrganizationRow | undefined {
    const row = this.db
      .prepare<[string], RawOrganization>(
        `SELECT ${ORGANIZATION_COLUMNS} FROM organizations WHERE id = ?`,
      )
      .get(id);
    return row && toOrganization(row);
  }

  /** Organizations in scope whose name or ids contain `q` (case-insensitive), by numeric id. */
  listOrganizations(
    scope: OrganizationScope,
    q: string | undefined,
    limit: number,
    offset: number,
  ): { rows: AdminOrganizationRow[]; total: number } {
    const where = scopeClause(scope, 'id');
    const params: (string | number)[] = [...where.params];
    let sql = `FROM organizations WHERE ${where.sql}`;
    if (q) {
      const like = `%${escapeLike(q.toLowerCase())}%`;
      sql += ` AND (lower(name) LIKE ? ESCAPE '\\' OR id LIKE ? ESCAPE '\\' OR chain_id LIKE ? ESCAPE '\\'
        OR store_id LIKE ? ESCAPE '\\')`;
      params.push(like, like, like, like);
    }
    const total = Number(
      this.db
        .prepare(`SELECT COUNT(*) ${sql}`)
        .pluck()
        .get(...params),
    );
    const rows = this.db
      .prepare<(string | number)[], RawOrganization>(
        `SELECT ${ORGANIZATION_COLUMNS} ${sql} ORDER BY CAST(id AS INTEGER), id LIMIT ? OFFSET ?`,
      )
      .all(...params, limit, offset);
    return { rows: rows.map(toOrganization), total };
  }

  listUsers(
    organizationId: string,
    now: number,
    limit: number,
    offset: number,
  ): { rows: AdminUserRow[]; total: number } {
    const total = Number(
      this.db
        .prepare('SELECT COUNT(*) FROM users WHERE organization_id = ?')
        .pluck()
        .get(organizationId),
    );
    const rows = this.db
      .prepare<[number, string, number, number], RawUser>(
        `SELECT u.id, u.organization_id, u.user_name, u.profile, u.account_flags, u.is_admin, u.is_sys_admin,
           u.locked,
           (SELECT COUNT(*) FROM sessions s WHERE s.user_id = u.id AND s.expires_at > ?) AS active_sessions
         FROM users u WHERE u.organization_id = ? ORDER BY u.user_name_norm LIMIT ? OFFSET ?`,
      )
      .all(now, organizationId, limit, offset);
    return { rows: rows.map(toUser), total };
  }

  findUser(organizationId: string, userId: number, now: number): AdminUserRow | undefined {
    const row = this.db
      .prepare<[number, string, number], RawUser>(
        `SELECT u.id, u.organization_id, u.user_name, u.profile, u.account_flags, u.is_admin, u.is_sys_admin,
           u.locked,
           (SELECT COUNT(*) FROM sessions s WHERE s.user_id = u.id AND s.expires_at > ?) AS active_sessions
         FROM users u WHERE u.organization_id = ? AND u.id = ?`,
      )
      .get(now, organizationId, userId);
    return row && toUser(row);
  }

  userNameTaken(userName: string): boolean {
    return (
      this.db
        .prepare<[string]>('SELECT 1 FROM users WHERE user_name_norm = ?')
        .pluck()
        .get(normaliseUserName(userName)) !== undefined
    );
  }

  /** Inserts the user with `change_password_required` on; undefined if the name is taken. */
  createUser(user: NewUser): number | undefined {
    const flags: AccountFlags = {
      change_email_required: false,
      change_password_required: true,
      change_security_questions_required: false,
      accept_terms_and_conditions_required: false,
    };
    const result = this.db
      .prepare(
        `INSERT INTO users (organization_id, user_name, user_name_norm, password_hash, profile, account_flags)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (user_name_norm) DO NOTHING`,
      )
      .run(
        user.organizationId,
        user.userName,
        normaliseUserName(user.userName),
        user.passwordHash,
        JSON.stringify(user.profile),
        JSON.stringify(flags),
      );
    return result.changes === 0 ? undefined : Number(result.lastInsertRowid);
  }

  /** Locking also ends every session of the user. */
  setLocked(userId: number, locked: boolean): void {
    this.db.transaction(() => {
      this.db.prepare('UPDATE users SET locked = ? WHERE id = ?').run(locked ? 1 : 0, userId);
      if (locked) this.endSessions(userId);
    })();
  }

  /** The number of sessions ended. */
  endSessions(userId: number): number {
    return this.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId).changes;
  }

  audit(entry: NewAuditEntry): void {
    insertAuditEntry(this.db, entry);
  }

  /** Audit entries about organizations in scope, newest first. */
  listAudit(
    scope: OrganizationScope,
    limit: number,
    offset: number,
  ): { rows: AuditEntry[]; total: number } {
    return listAuditEntries(this.db, scope, limit, offset);
  }
}
