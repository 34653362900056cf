import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { headers } from './helpers.ts';

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** A WSAPI call with the seed headers, an optional token, JSON body and extra headers. */
export function caller(app: FastifyInstance) {
  return (
    method: Method,
    url: string,
    token?: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<LightMyRequestResponse> =>
    app.inject({
      method,
      url,
      headers: headers({ ...(token ? { 'X-Roam-Token': token } : {}), ...extra }),
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
}

/** A distinctive full account number: the tests look for it everywhere it must never be. */
export const FULL_ACCOUNT_NUMBER = '90817263549876';

/** A valid US billing body (Billing PUT / boarding `billing`). */
export function usBilling(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    contact_name: 'Casey Baker',
    email: 'casey@corner-bakery.example',
    phone: '+1 (617) 555-0199',
    address: {
      line1: '12 Hanover Street',
      line2: '',
      city: 'Boston',
      region: 'MA',
      postal_code: '02113',
      country: 'US',
    },
    bank_account: {
      account_holder: 'Corner Bakery LLC',
      routing_number: '011000015',
      account_number: FULL_ACCOUNT_NUMBER,
    },
    ...overrides,
  };
}

/** A valid Canadian billing body. */
export function caBilling(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return usBilling({
    address: {
      line1: '1 Sparks Street',
      city: 'Ottawa',
      region: 'ON',
      postal_code: 'k1a0b1',
      country: 'CA',
    },
    bank_account: {
      account_holder: 'Boulangerie du Coin Inc.',
      routing_number: '000412345',
      account_number: FULL_ACCOUNT_NUMBER,
    },
    ...overrides,
  });
}

/** Every row of every table, as one string (to prove a value is stored nowhere). */
export function dumpDatabase(app: FastifyInstance): string {
  const db = app.sandbox.db;
  const tables = db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
    .pluck()
    .all() as string[];
  return tables
    .map((table) => JSON.stringify(db.prepare(`SELECT * FROM "${table}"`).all()))
    .join('\n');
}

export function auditCount(app: FastifyInstance): number {
  return Number(app.sandbox.db.prepare('SELECT COUNT(*) FROM audit_log').pluck().get());
}

export function organizationCount(app: FastifyInstance): number {
  return Number(app.sandbox.db.prepare('SELECT COUNT(*) FROM organizations').pluck().get());
}
