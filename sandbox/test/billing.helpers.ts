import type { FastifyInstance } from 'fastify';
import { caller } from './admin.helpers.ts';
import { useSeededServer } from './helpers.ts';

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
 * each test. Returns its accessor `app` and the WSAPI `call` on it.
 */
export function useBillingSandbox(): { app: () => FastifyInstance; call: Call } {
  const app = useSeededServer();
  return { app, call: (...args) => caller(app())(...args) };
}
