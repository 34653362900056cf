import assert from 'node:assert/strict';
import { after, before, beforeEach } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { caller } from './admin.helpers.ts';
import { testServer } from './helpers.ts';
import { reset } from './merchant.helpers.ts';

export const url = (organizationId: string) => `/WSAPI/Organizations/${organizationId}/Billing`;

export interface BillingJson {
  organization_id: string;
  contact_name: string;
  email: string;
  phone: string;
  address: Record<string, string>;
  bank_account: { account_holder: string; routing_number: string; account_last4: string } | null;
  updated_at: string | null;
}
export const billingOf = (response: { json: () => unknown }) =>
  (response.json() as { billing: BillingJson }).billing;

type Call = ReturnType<typeof caller>;

/**
 * The billing tests' sandbox: call inside a `describe`. One server for the suite, reset before
 * each test; `onServer` receives it once it is up. Returns the WSAPI `call` on that server.
 */
export function useBillingSandbox(onServer: (app: FastifyInstance) => void): Call {
  let app: FastifyInstance | undefined;
  const server = () => {
    assert.ok(app, 'the billing sandbox is not started');
    return app;
  };
  before(async () => {
    app = await testServer();
    onServer(app);
  });
  after(() => app?.close());
  beforeEach(() => reset(server()));
  return (...args) => caller(server())(...args);
}
