import type { Db } from './db.ts';
import { scopeClause, type OrganizationScope } from './organization-scope.ts';

/** One admin action: who, what, to which organization and user, when. */
export interface AuditEntry {
  id: number;
  at: number;
  actor_user_id: number | null;
  actor_user_name: string;
  action: string;
  organization_id: string | null;
  target_user_id: number | null;
  target_user_name: string | null;
  details: Record<string, unknown>;
}

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

interface RawAudit extends Omit<AuditEntry, 'details'> {
  details: string;
}

export function insertAuditEntry(db: Db, entry: NewAuditEntry): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor_user_id, actor_user_name, action, organization_id, target_user_id,
           target_user_name, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    entry.at,
    entry.actor_user_id,
    entry.actor_user_name,
    entry.action,
    entry.organization_id,
    entry.target_user_id,
    entry.target_user_name,
    JSON.stringify(entry.details),
  );
}

/** Audit entries about organizations in scope, newest first. */
export function listAuditEntries(
  db: Db,
  scope: OrganizationScope,
  limit: number,
  offset: number,
): { rows: AuditEntry[]; total: number } {
  const where = scopeClause(scope, 'organization_id');
  const total = Number(
    db
      .prepare(`SELECT COUNT(*) FROM audit_log WHERE ${where.sql}`)
      .pluck()
      .get(...where.params),
  );
  const rows = db
    .prepare<(string | number)[], RawAudit>(
      `SELECT * FROM audit_log WHERE ${where.sql} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`,
    )
    .all(...where.params, limit, offset);
  return {
    rows: rows.map((row) => ({
      ...row,
      details: JSON.parse(row.details) as Record<string, unknown>,
    })),
    total,
  };
}
