import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { useMerchantSandbox, type Caller } from './merchant.helpers.ts';

export const SALES = '/WSAPI/Transactions';

/**
 * The record-a-sale tests' sandbox: call inside a `describe`. One server for the suite; before
 * each test it is reset and `merchant` signed in afresh, and `onEach` receives both. Returns
 * `sale(body, caller = merchant, extraHeaders = {})`, a POST /WSAPI/Transactions.
 */
export function useSaleSandbox(onEach: (app: FastifyInstance, merchant: Caller) => void) {
  let merchant: Caller | undefined;
  useMerchantSandbox((app, signedIn) => {
    merchant = signedIn;
    onEach(app, signedIn);
  });
  const signedIn = () => {
    assert.ok(merchant, 'no merchant signed in yet');
    return merchant;
  };
  return (body: unknown, caller: Caller = signedIn(), extra: Record<string, string> = {}) =>
    caller.call('POST', SALES, body, extra);
}
