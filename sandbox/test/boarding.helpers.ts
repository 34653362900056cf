import assert from 'node:assert/strict';
import type { LightMyRequestResponse } from 'fastify';
import { caller, usBilling } from './admin.helpers.ts';
import { loginToken, useSeededServer } from './helpers.ts';

export const ORGANIZATIONS = '/WSAPI/Organizations';

export interface Org {
  organization_id: string;
  parent_organization_id: string | null;
  name: string;
  organization_type: string;
  status: string;
  chain_id: string;
  store_id: string;
  terminal_id: string;
  processor: { name: string; processor_profile: string; date_modified: string } | null;
  parent: { organization_id: string; name: string } | null;
  submerchant_ids: string[];
}

export const organizationOf = (response: LightMyRequestResponse) =>
  (response.json() as { organization: Org }).organization;

/** A valid boarding body (a top-level US merchant), with overrides. */
export const bakery = (extra: Record<string, unknown> = {}) => ({
  name: 'Corner Bakery',
  processor: 'Vantiv',
  country: 'US',
  billing: usBilling(),
  ...extra,
});

type Call = ReturnType<typeof caller>;

/**
 * The boarding tests' sandbox: call inside a `describe`. One server for the suite, reset before
 * each test. Returns its accessor `app`, the WSAPI `call` and the small readers and writers the
 * boarding tests share.
 */
export function useBoardingSandbox() {
  const server = useSeededServer();

  const call: Call = (...args) => caller(server())(...args);
  const configurationOf = async (token: string, id: string) =>
    (
      (await call('GET', `${ORGANIZATIONS}/${id}/Configuration`, token)).json() as {
        configuration: Record<string, unknown>;
      }
    ).configuration;
  const listIds = async (token: string, q = '') =>
    (
      (await call('GET', `${ORGANIZATIONS}?q=${encodeURIComponent(q)}`, token)).json() as {
        organizations: { organization_id: string }[];
      }
    ).organizations.map((org) => org.organization_id);
  const setFlags = async (id: string, configuration: Record<string, unknown>) => {
    const response = await call(
      'PUT',
      `${ORGANIZATIONS}/${id}/Configuration`,
      await loginToken(server(), 'sysadmin'),
      { configuration },
    );
    assert.equal(response.statusCode, 200);
  };
  return { app: server, call, configurationOf, listIds, setFlags };
}
