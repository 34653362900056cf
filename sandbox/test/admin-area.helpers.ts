import assert from 'node:assert/strict';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { caller, type Method } from './admin.helpers.ts';

export const TEMP_PASSWORD = 'Welcome2026temp';

/** `call` (seed headers, optional token and JSON body) and `userIdOf`, on the suite's server. */
export function adminClient(app: () => FastifyInstance) {
  const call = (
    method: Method,
    url: string,
    token?: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse> => caller(app())(method, url, token, body);

  const userIdOf = async (token: string, orgId: string, userName: string) => {
    const list = (await call('GET', `/WSAPI/Organizations/${orgId}/Users`, token)).json() as {
      users: { user_id: number; user_name: string }[];
    };
    const user = list.users.find((u) => u.user_name === userName);
    assert.ok(user, `${userName} in org ${orgId}`);
    return user.user_id;
  };

  return { call, userIdOf };
}

export const orgIds = (response: LightMyRequestResponse) =>
  (response.json() as { organizations: { organization_id: string }[] }).organizations.map(
    (org) => org.organization_id,
  );

export const newUser = (userName: string, extra: Record<string, unknown> = {}) => ({
  user_name: userName,
  temporary_password: TEMP_PASSWORD,
  first_name: 'Terry',
  last_name: 'Temp',
  primary_email: `${userName}@example.com`,
  ...extra,
});
