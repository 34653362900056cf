import type { FastifyInstance } from 'fastify';
import { authOf } from '../access/access-control.ts';
import { ADMIN_ROUTE_CONFIG, organizationInScope } from '../access/admin-scope.ts';
import { apiErrors } from '../http/errors.ts';
import { organizationParams as params, type OrganizationParams } from './admin.schemas.ts';
import { closedObject } from '../http/json-schema.ts';

const URL = '/Organizations/:organizationId/Configuration';

const body = closedObject(
  { configuration: { type: 'object', minProperties: 1, maxProperties: 100 } },
  ['configuration'],
);

type Json = boolean | number | string | null | Json[] | { [key: string]: Json };

/** The JSON kind a value has, so a change can only keep a key's kind ("30" stays a string). */
function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  return value === null ? 'null' : typeof value;
}

/**
 * [sandbox design] Admins (both roles) read an organization's configuration in their scope (the
 * organization's own flat map, without any user's overrides; not audited). A system administrator
 * changes it: a partial map of keys the organization already has, each keeping its JSON kind.
 * Users of that organization see the change at their next refresh (the portal re-reads its
 * configuration).
 */
export async function organizationConfigurationRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app;
  const { admin } = app.repositories;
  const read = db.prepare<[string], { configuration: string }>(
    'SELECT configuration FROM organizations WHERE id = ?',
  );
  const write = db.prepare<[string, string]>(
    'UPDATE organizations SET configuration = ? WHERE id = ?',
  );

  app.get<{ Params: OrganizationParams }>(
    URL,
    { config: ADMIN_ROUTE_CONFIG, schema: { params } },
    async (request) => {
      const organization = organizationInScope(
        authOf(request),
        admin,
        request.params.organizationId,
      );
      const configuration = JSON.parse(read.get(organization.id)?.configuration ?? '{}') as Record<
        string,
        Json
      >;
      return { organization_id: organization.id, configuration };
    },
  );

  app.put<{ Params: OrganizationParams; Body: { configuration: Record<string, Json> } }>(
    URL,
    { config: { access: { session: true, roles: ['sys_admin'] } }, schema: { params, body } },
    async (request) => {
      const context = authOf(request);
      const organization = organizationInScope(context, admin, request.params.organizationId);
      const current = JSON.parse(read.get(organization.id)?.configuration ?? '{}') as Record<
        string,
        Json
      >;
      const changes = request.body.configuration;
      for (const [key, value] of Object.entries(changes)) {
        // Own keys only: `in` would also match names inherited from Object.prototype (`toString`…).
        if (!Object.hasOwn(current, key))
          throw apiErrors.invalidRequest(key, `Unknown configuration key: ${key}.`);
        if (kindOf(value) !== kindOf(current[key])) {
          throw apiErrors.invalidRequest(key, `${key} must stay a ${kindOf(current[key])}.`);
        }
      }
      const next = { ...current, ...changes };
      db.transaction(() => {
        write.run(JSON.stringify(next), organization.id);
        admin.audit({
          at: clock.now(),
          actor_user_id: context.user.id,
          actor_user_name: context.user.userName,
          action: 'configuration.update',
          organization_id: organization.id,
          target_user_id: null,
          target_user_name: null,
          details: { changes },
        });
      })();
      return { organization_id: organization.id, configuration: next };
    },
  );
}
