import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { DEMO_PASSWORD, errorOf, headers, login, useSeededServer } from './helpers.ts';

export const TERMS = '/WSAPI/Users/Terms';
export const PASSWORD = '/WSAPI/Users/Password';
export const EMAIL = '/WSAPI/Users/Email';
export const QUESTIONS = '/WSAPI/Users/SecurityQuestions';
/** A session-only route the tests add: 403 while an account flag is still set. */
export const PROBE = '/WSAPI/TestProbe';
export const NEW_PASSWORD = 'Brand new pass 2026';

export interface Flags {
  change_email_required: boolean;
  change_password_required: boolean;
  change_security_questions_required: boolean;
  accept_terms_and_conditions_required: boolean;
}
export interface LoginJson {
  session: { session_token: string };
  user: {
    account_flags: Flags;
    primary_email: string;
    security_questions: { id: string; question: string; answer: string }[];
  };
}

/**
 * The Users tests' sandbox: call inside a `describe`. One server for the suite (with the PROBE
 * route), reset to the seed before each test. Returns its accessor `app` and, on that server:
 * `call`, a Users call the way the vendor page shows them (token, no key, optional JSON body);
 * `loginJson`, a login that must succeed; `setFlag`, which raises one account flag of a user.
 */
export function useUsersSandbox() {
  const app = useSeededServer((server) => {
    server.get(PROBE, { config: { wsapi: true, access: { session: true } } }, async () => ({
      ok: true,
    }));
  });
  const call = (
    method: 'GET' | 'PUT' | 'POST' | 'DELETE',
    url: string,
    token: string | undefined,
    body?: unknown,
  ): Promise<LightMyRequestResponse> =>
    app().inject({
      method,
      url,
      headers: headers({ 'X-Roam-Key': undefined, 'X-Roam-Token': token }),
      ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
    });
  const loginJson = async (userName: string, password = DEMO_PASSWORD) => {
    const response = await login(app(), userName, password);
    assert.equal(response.statusCode, 200, response.body);
    return response.json() as LoginJson;
  };
  const setFlag = (userName: string, flag: keyof Flags): void => {
    app()
      .sandbox.db.prepare(
        "UPDATE users SET account_flags = json_set(account_flags, ?, json('true')) WHERE user_name_norm = ?",
      )
      .run(`$.${flag}`, userName);
  };
  return { app, call, loginJson, setFlag };
}

export function assertInvalid(
  response: LightMyRequestResponse,
  field: string,
  message?: string,
): void {
  assert.equal(response.statusCode, 400, response.body);
  const error = errorOf(response);
  assert.equal(error.code, 'invalid_request');
  assert.equal(error.field, field);
  if (message !== undefined) assert.equal(error.message, message);
}

export function assertLocked(response: LightMyRequestResponse): void {
  assert.equal(response.statusCode, 423, response.body);
  assert.equal(errorOf(response).code, 'account_locked');
  assert.ok(Number(response.headers['retry-after']) >= 1);
}
