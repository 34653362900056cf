import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { caller, FULL_ACCOUNT_NUMBER, usBilling } from './admin.helpers.ts';
import { billingOf, url } from './billing.helpers.ts';
import { loginToken, testServer } from './helpers.ts';

describe('billing in a database file', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'sandbox-billing-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('never holds the full account number in the file or its WAL', async () => {
    const dbFile = join(dir, 'secret.db');
    const app = await testServer({ dbFile });
    try {
      const token = await loginToken(app, 'sysadmin');
      assert.equal((await caller(app)('PUT', url('8'), token, usBilling())).statusCode, 200);
      for (const file of [dbFile, `${dbFile}-wal`]) {
        if (!existsSync(file)) continue;
        assert.equal(readFileSync(file).includes(FULL_ACCOUNT_NUMBER), false, file);
      }
    } finally {
      await app.close();
    }
    assert.equal(readFileSync(dbFile).includes(FULL_ACCOUNT_NUMBER), false);
  });

  it('a database created before migration 5 gets the table and the seed billing at the next start', async () => {
    const dbFile = join(dir, 'old.db');
    const first = await testServer({ dbFile });
    first.sandbox.db.exec(
      'DROP TABLE organization_billing; DELETE FROM schema_migrations WHERE version = 5',
    );
    await first.close();

    const second = await testServer({ dbFile });
    try {
      const versions = second.sandbox.db
        .prepare('SELECT version FROM schema_migrations ORDER BY version')
        .pluck()
        .all();
      assert.deepEqual(versions, [1, 2, 3, 4, 5]);
      const token = await loginToken(second, 'sysadmin');
      const billing = billingOf(await caller(second)('GET', url('8'), token));
      assert.equal(billing.contact_name, 'Dana Whitfield');
      assert.equal(billing.bank_account?.account_last4, '6789');
    } finally {
      await second.close();
    }
  });
});
