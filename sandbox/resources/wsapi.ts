import type { FastifyInstance } from 'fastify';
import { methodNotAllowed } from '../http/method-not-allowed.ts';
import type { Source } from '../plugins/openapi.ts';
import { accountSettingsRoutes } from './account-settings.ts';
import { adminRoutes } from './admin.ts';
import { authenticationRoutes } from './authentication.ts';
import { boardingRoutes } from './boarding.ts';
import { inventoryRoutes } from './inventory.ts';
import { merchantsRoutes } from './merchants.ts';
import { organizationBillingRoutes } from './organization-billing.ts';
import { organizationConfigurationRoutes } from './organization-configuration.ts';
import { transactionsRoutes } from './transactions.ts';
import { userConfigurationRoutes } from './user-configuration.ts';
import { usersRoutes } from './users.ts';

type Resource = (app: FastifyInstance) => Promise<void>;

/**
 * The resource plugins, each an encapsulated plugin declaring its routes relative to `/WSAPI`,
 * with where its operations come from (`x-source` of the published document) unless a route says
 * otherwise: only Authentication's paths are in a vendor source (the seed's contract); the others
 * are paths of ours, whatever vendor facts their fields follow (tagged on the fields).
 */
const RESOURCES: ReadonlyArray<readonly [Resource, Source]> = [
  [authenticationRoutes, 'vendor-seed'],
  [usersRoutes, 'sandbox-design'],
  [userConfigurationRoutes, 'sandbox-design'],
  [merchantsRoutes, 'sandbox-design'],
  [adminRoutes, 'sandbox-design'],
  [organizationConfigurationRoutes, 'sandbox-design'],
  [organizationBillingRoutes, 'sandbox-design'],
  [boardingRoutes, 'sandbox-design'],
  [transactionsRoutes, 'sandbox-design'],
  [inventoryRoutes, 'sandbox-design'],
  [accountSettingsRoutes, 'sandbox-design'],
];

/** `resource` in a plugin of its own that gives each of its routes `source` unless it has one. */
function sourced(resource: Resource, source: Source): Resource {
  return async (app) => {
    app.addHook('onRoute', (route) => {
      route.schema = { ...route.schema, 'x-source': route.schema?.['x-source'] ?? source };
    });
    await app.register(resource);
  };
}

/**
 * The `/WSAPI` plugin (registered with `prefix: WSAPI_ROOT`). Route defaults are applied once,
 * here: every route below is a WSAPI route (`config.wsapi`: Roam header checks, `no-store`, no
 * compression). Each path's undeclared methods answer 405 with `Allow` (see method-not-allowed.ts),
 * derived from the routes the resources declare.
 */
export async function wsapi(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    route.config = { ...route.config, wsapi: true };
  });
  const others = methodNotAllowed(app);
  for (const [resource, source] of RESOURCES) await app.register(sourced(resource, source));
  others.answerOthers();
}
