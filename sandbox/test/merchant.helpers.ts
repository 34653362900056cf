import assert from 'node:assert/strict';
import { beforeEach } from 'node:test';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Configuration } from '../access/configuration.ts';
import type { transactionDetailJson } from '../resources/transactions.responses.ts';
import { errorOf, headers, loginToken, useSeededServer } from './helpers.ts';

export { assertError } from './helpers.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** A signed-in caller: `call(method, url, body?, extraHeaders?)`. */
export interface Caller {
  token: string;
  call(
    method: Method,
    url: string,
    body?: unknown,
    extra?: Record<string, string | undefined>,
  ): Promise<LightMyRequestResponse>;
  json<T = Record<string, unknown>>(method: Method, url: string, body?: unknown): Promise<T>;
}

export async function signIn(app: FastifyInstance, userName = 'merchant'): Promise<Caller> {
  const token = await loginToken(app, userName);
  const call: Caller['call'] = (method, url, body, extra = {}) =>
    app.inject({
      method,
      url,
      headers: headers({ 'X-Roam-Token': token, ...extra }),
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
  return {
    token,
    call,
    async json<T>(method: Method, url: string, body?: unknown): Promise<T> {
      const response = await call(method, url, body);
      assert.ok(
        response.statusCode < 300,
        `${method} ${url}: ${response.statusCode} ${response.body}`,
      );
      return response.json() as T;
    },
  };
}

/** Replaces a user's configuration overrides (effective from the next request). */
export function setOverrides(app: FastifyInstance, userName: string, overrides: Configuration) {
  app.sandbox.db
    .prepare('UPDATE users SET config_overrides = ? WHERE user_name_norm = ?')
    .run(JSON.stringify(overrides), userName);
}

export function assertInvalid(response: LightMyRequestResponse, field: string): void {
  assert.equal(response.statusCode, 400, response.body);
  const error = errorOf(response);
  assert.equal(error.code, 'invalid_request');
  assert.equal(error.field, field, response.body);
}

/** An expiry (MM/YY) a few years after the sandbox clock. */
export function futureExpiry(app: FastifyInstance, years = 3): string {
  const year = new Date(app.sandbox.clock.now()).getUTCFullYear() + years;
  return `12/${String(year % 100).padStart(2, '0')}`;
}

export function visa(app: FastifyInstance, number = '4111111111111111') {
  return { number, expiry: futureExpiry(app), cvv: '123', postal_code: '94105' };
}

/**
 * For the calling `describe`: the seeded server (reset before each test) and `merchant`
 * (organization 8), signed in afresh before each test; both accessors fail clearly if read
 * before the hooks ran.
 */
export function useMerchantSandbox() {
  const app = useSeededServer();
  let signedIn: Caller | undefined;
  beforeEach(async () => {
    signedIn = await signIn(app(), 'merchant');
  });
  const merchant = () => {
    assert.ok(signedIn, 'no merchant signed in yet');
    return signedIn;
  };
  return { app, merchant };
}

/** A transaction as the API answers it (the detail: the list row plus lines and refunds). */
export type TransactionJson = ReturnType<typeof transactionDetailJson>;

export interface ItemJson {
  id: string;
  name: string;
  sku: string;
  price: number;
  currency: string;
  tax_exempt: boolean;
  active: boolean;
  stock: number | null;
}

/** The first active seeded item whose name contains `name`. */
export async function itemNamed(caller: Caller, name: string): Promise<ItemJson> {
  const page = await caller.json<{ items: ItemJson[] }>(
    'GET',
    `/WSAPI/Inventory?q=${encodeURIComponent(name)}`,
  );
  const item = page.items[0];
  assert.ok(item, `no item "${name}"`);
  return item;
}

export const CASH_SALE = { lines: [{ amount: 1000 }], tender: 'Cash' } as const;
