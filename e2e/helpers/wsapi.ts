import { APIRequestContext } from '@playwright/test';
import { demoPassword, roamHeaders } from './sandbox';
import { expect } from './test';

/** A session of `userName` for calling the WSAPI directly (set-up and server-side checks). */
export async function apiToken(request: APIRequestContext, userName: string): Promise<string> {
  const response = await request.post('/WSAPI/Authentication', {
    headers: roamHeaders,
    data: { user_name: userName, password: demoPassword },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { session: { session_token: string } }).session.session_token;
}

/** The WSAPI headers of a call made with the session `token`, plus any `extra` ones. */
export const withToken = (token: string, extra: Record<string, string> = {}) => ({
  ...roamHeaders,
  'X-Roam-Token': token,
  ...extra,
});
