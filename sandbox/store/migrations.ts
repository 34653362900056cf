/**
 * The schema, as an append-only list: a later issue adds a migration, it never edits one.
 * JSON columns hold text; times are epoch milliseconds from clock.ts.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'organizations, users, api keys, sessions, lockout',
    sql: `
      CREATE TABLE organizations (
        id TEXT PRIMARY KEY,
        parent_id TEXT REFERENCES organizations(id),
        name TEXT NOT NULL,
        organization_type TEXT NOT NULL,
        chain_id TEXT NOT NULL,
        store_id TEXT NOT NULL,
        terminal_id TEXT NOT NULL,
        processor TEXT,
        configuration TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX organizations_parent ON organizations(parent_id);

      CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        user_name TEXT NOT NULL,
        user_name_norm TEXT NOT NULL UNIQUE,
        password_hash TEXT NOT NULL,
        profile TEXT NOT NULL,
        account_flags TEXT NOT NULL,
        security_questions TEXT NOT NULL DEFAULT '[]',
        is_admin INTEGER NOT NULL DEFAULT 0,
        is_sys_admin INTEGER NOT NULL DEFAULT 0,
        test_account INTEGER NOT NULL DEFAULT 0,
        bill_organization INTEGER NOT NULL DEFAULT 0,
        config_overrides TEXT NOT NULL DEFAULT '{}',
        locked INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX users_organization ON users(organization_id);

      CREATE TABLE api_keys (
        key TEXT PRIMARY KEY,
        name TEXT NOT NULL
      );

      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX sessions_user ON sessions(user_id);

      CREATE TABLE login_failures (
        user_name_norm TEXT NOT NULL,
        at INTEGER NOT NULL
      );
      CREATE INDEX login_failures_name_at ON login_failures(user_name_norm, at);

      CREATE TABLE lockouts (
        user_name_norm TEXT PRIMARY KEY,
        until INTEGER NOT NULL
      );
    `,
  },
  {
    version: 2,
    name: 'terms acceptances',
    sql: `
      CREATE TABLE terms_acceptances (
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        version TEXT NOT NULL,
        accepted_at INTEGER NOT NULL,
        PRIMARY KEY (user_id, version)
      );
    `,
  },
];
