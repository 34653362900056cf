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
