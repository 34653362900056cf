import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { useMerchantSandbox, type Caller } from './merchant.helpers.ts';

export const SALES = '/WSAPI/Transactions';

/**
 * The record-a-sale tests' sandbox: call inside a `describe`. `useMerchantSandbox()`'s `app` and
 * `merchant`, and `sale(body, caller = merchant(), extraHeaders = {})`, a POST
 * /WSAPI/Transactions.
 */
export function useSaleSandbox() {
  const { app, merchant } = useMerchantSandbox();
  const sale = (body: unknown, caller: Caller = merchant(), extra: Record<string, string> = {}) =>
    caller.call('POST', SALES, body, extra);
  return { app, merchant, sale };
}

/**
 * `retry` replayed `first` (both 201, `Idempotent-Replayed: true`, the same body), and the
 * database holds one sale of `total` (minor units): the retry charged nothing.
 */
export function assertReplayedOnce(
  app: FastifyInstance,
  first: LightMyRequestResponse,
  retry: LightMyRequestResponse,
  total: number,
): void {
  assert.equal(first.statusCode, 201);
  assert.equal(retry.statusCode, 201, retry.body);
  assert.equal(retry.headers['idempotent-replayed'], 'true');
  assert.equal(retry.body, first.body);
  const count = app.sandbox.db
    .prepare('SELECT COUNT(*) FROM transactions WHERE total = ?')
    .pluck()
    .get(total);
  assert.equal(count, 1);
}
