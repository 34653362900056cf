import type { FastifyInstance } from 'fastify';
import { methodNotAllowed } from '../http/method-not-allowed.ts';
import { authenticationRoutes } from './authentication.ts';
import { merchantsRoutes } from './merchants.ts';
import { userConfigurationRoutes } from './user-configuration.ts';
import { usersRoutes } from './users.ts';

/** Where the WSAPI lives; every resource plugin declares its paths below it. */
export const WSAPI_ROOT = '/WSAPI';

/** The resource plugins, each an encapsulated plugin declaring its routes relative to `/WSAPI`. */
const RESOURCES: ReadonlyArray<(app: FastifyInstance) => Promise<void>> = [
  authenticationRoutes,
  usersRoutes,
  userConfigurationRoutes,
  merchantsRoutes,
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
