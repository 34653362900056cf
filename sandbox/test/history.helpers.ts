import assert from 'node:assert/strict';
import { before } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { resetSandbox, useServer } from './helpers.ts';
import { signIn, type Caller, type TransactionJson } from './merchant.helpers.ts';
import { SALES } from './transactions.helpers.ts';

export { SALES };

export interface Page {
  transactions: TransactionJson[];
  page: number;
  page_size: number;
  total_count: number;
  total_pages: number;
}

export interface Row {
  id: string;
  organization_id: string;
  type: string;
  status: string;
  tender: string;
  total: number;
  created_at: number;
  currency: string;
  card_last4: string | null;
}

export interface HistorySandbox {
  app: FastifyInstance;
  /** Signed in as `merchant` (organization 8). */
  merchant: Caller;
  /** Every transaction row of organization 8, newest first, read once after the setup. */
  rows: Row[];
}

/**
 * The history tests' sandbox: call inside a `describe`. One freshly seeded server for the whole
 * suite (no reset between tests), with four cash sales of our own, including awkward text for
 * the CSV. Returns accessors of the `HistorySandbox` parts and `page(query)`, a GET of the
 * history.
 */
export function useHistorySandbox() {
  const server = useServer();
  let sandbox: HistorySandbox | undefined;
  before(async () => {
    const app = server();
    await resetSandbox(app);
    const merchant = await signIn(app, 'merchant');
    for (const description of ['Plain', 'Comma, "quoted"', '=HYPERLINK("http://x")', '@SUM(A1)']) {
      await merchant.json('POST', SALES, {
        lines: [{ amount: 1234, description }],
        tender: 'Cash',
      });
    }
    const rows = app.sandbox.db
      .prepare(
        "SELECT * FROM transactions WHERE organization_id = '8' ORDER BY created_at DESC, seq DESC",
      )
      .all() as Row[];
    sandbox = { app, merchant, rows };
  });
  const ready = () => {
    assert.ok(sandbox, 'the history sandbox is not started');
    return sandbox;
  };
  return {
    app: () => ready().app,
    merchant: () => ready().merchant,
    rows: () => ready().rows,
    page: (query: string) => ready().merchant.json<Page>('GET', `${SALES}?${query}`),
  };
}
