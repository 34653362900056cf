import type { FastifyInstance } from 'fastify';
import { methodNotAllowed } from '../http/method-not-allowed.ts';
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

/** The resource plugins, each an encapsulated plugin declaring its routes relative to `/WSAPI`. */
const RESOURCES: ReadonlyArray<(app: FastifyInstance) => Promise<void>> = [
  authenticationRoutes,
  usersRoutes,
  userConfigurationRoutes,
  merchantsRoutes,
  adminRoutes,
  organizationConfigurationRoutes,
  organizationBillingRoutes,
  boardingRoutes,
  transactionsRoutes,
  inventoryRoutes,
  accountSettingsRoutes,
];

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
  for (const resource of RESOURCES) await app.register(resource);
  others.answerOthers();
}
