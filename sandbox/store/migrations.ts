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
  {
    version: 3,
    name: 'inventory, transactions, idempotency keys, receipts, receipt settings',
    sql: `
      CREATE TABLE inventory_items (
        id TEXT PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        name TEXT NOT NULL,
        sku TEXT NOT NULL,
        sku_norm TEXT NOT NULL,
        price INTEGER NOT NULL CHECK (price >= 0),
        tax_exempt INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1,
        stock INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        UNIQUE (organization_id, sku_norm)
      );
      CREATE INDEX inventory_items_org_name ON inventory_items(organization_id, name COLLATE NOCASE);

      -- Sales and refunds. Amounts in minor units of the currency column; no card number, expiry or CVV
      -- is ever stored: brand and last four only.
      CREATE TABLE transactions (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        user_id INTEGER REFERENCES users(id) ON DELETE SET NULL,
        user_name TEXT NOT NULL,
        type TEXT NOT NULL CHECK (type IN ('sale', 'refund')),
        parent_id TEXT REFERENCES transactions(id),
        status TEXT NOT NULL,
        tender TEXT NOT NULL,
        card_brand TEXT,
        card_last4 TEXT,
        avs_result TEXT,
        cvv_result TEXT,
        approval_code TEXT,
        decline_code TEXT,
        currency TEXT NOT NULL,
        lines TEXT NOT NULL DEFAULT '[]',
        search_text TEXT NOT NULL DEFAULT '',
        subtotal INTEGER NOT NULL DEFAULT 0,
        discount INTEGER NOT NULL DEFAULT 0,
        tax_rate INTEGER NOT NULL DEFAULT 0,
        tax INTEGER NOT NULL DEFAULT 0,
        tip INTEGER NOT NULL DEFAULT 0,
        total INTEGER NOT NULL,
        refunded INTEGER NOT NULL DEFAULT 0,
        restocked INTEGER NOT NULL DEFAULT 0,
        created_at INTEGER NOT NULL,
        settles_at INTEGER NOT NULL,
        voided_at INTEGER
      );
      CREATE INDEX transactions_org_created ON transactions(organization_id, created_at);
      CREATE INDEX transactions_org_total ON transactions(organization_id, total);
      CREATE INDEX transactions_parent ON transactions(parent_id);

      -- Replies to requests sent with an Idempotency-Key. The fingerprint is an HMAC under a
      -- per-process key (the request may hold a card number), so rows die with the process.
      CREATE TABLE idempotency_keys (
        user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        status INTEGER NOT NULL,
        body TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        PRIMARY KEY (user_id, key)
      );

      -- Receipts "sent" by email: the sandbox sends nothing, it keeps them here.
      CREATE TABLE receipt_outbox (
        id INTEGER PRIMARY KEY,
        organization_id TEXT NOT NULL REFERENCES organizations(id),
        transaction_id TEXT NOT NULL REFERENCES transactions(id),
        email TEXT NOT NULL,
        receipt TEXT NOT NULL,
        created_at INTEGER NOT NULL
      );

      ALTER TABLE organizations ADD COLUMN receipt_settings TEXT NOT NULL DEFAULT '{}';
    `,
  },
  {
    version: 4,
    name: 'organization status, admin audit log',
    sql: `
      ALTER TABLE organizations ADD COLUMN status TEXT NOT NULL DEFAULT 'active';

      -- Every admin action: who, what, on which organization / user, when (clock.ts).
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        actor_user_id INTEGER,
        actor_user_name TEXT NOT NULL,
        action TEXT NOT NULL,
        organization_id TEXT,
        target_user_id INTEGER,
        target_user_name TEXT,
        details TEXT NOT NULL DEFAULT '{}'
      );
      CREATE INDEX audit_log_org_at ON audit_log(organization_id, at);
    `,
  },
  {
    version: 5,
    name: 'organization billing',
    sql: `
      -- One billing record per organization (billing and boarding). The bank account is
      -- holder, routing number and the last four digits only: the full account number is never
      -- stored (the CHECK refuses anything but four digits).
      CREATE TABLE organization_billing (
        organization_id TEXT PRIMARY KEY REFERENCES organizations(id),
        contact_name TEXT NOT NULL,
        email TEXT NOT NULL,
        phone TEXT NOT NULL,
        address_line1 TEXT NOT NULL,
        address_line2 TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL,
        region TEXT NOT NULL,
        postal_code TEXT NOT NULL,
        country TEXT NOT NULL CHECK (country IN ('US', 'CA')),
        bank_account_holder TEXT,
        bank_routing_number TEXT,
        bank_account_last4 TEXT CHECK (bank_account_last4 IS NULL OR bank_account_last4 GLOB '[0-9][0-9][0-9][0-9]'),
        updated_at INTEGER
      );
    `,
  },
];
