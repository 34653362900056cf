import assert from 'node:assert/strict';
import { after, before, beforeEach } from 'node:test';
import type { FastifyInstance } from 'fastify';
import { testServer } from './helpers.ts';
import { reset, signIn, type Caller } from './merchant.helpers.ts';

export const SALES = '/WSAPI/Transactions';

/**
 * The record-a-sale tests' sandbox: call inside a `describe`. One server for the suite; before
 * each test it is reset and `merchant` signed in afresh, and `onEach` receives both. Returns
 * `sale(body, caller = merchant, extraHeaders = {})`, a POST /WSAPI/Transactions.
 */
export function useSaleSandbox(onEach: (app: FastifyInstance, merchant: Caller) => void) {
  let app: FastifyInstance | undefined;
  let merchant: Caller | undefined;
  before(async () => {
    app = await testServer();
  });
  after(() => app?.close());
  beforeEach(async () => {
    assert.ok(app, 'the sale sandbox is not started');
    await reset(app);
    merchant = await signIn(app, 'merchant');
    onEach(app, merchant);
  });
  const signedIn = () => {
    assert.ok(merchant, 'no merchant signed in yet');
    return merchant;
  };
  return (body: unknown, caller: Caller = signedIn(), extra: Record<string, string> = {}) =>
    caller.call('POST', SALES, body, extra);
}
