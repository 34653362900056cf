import type { FastifyInstance } from 'fastify';
import { authOf, SELF_SERVICE_ROUTE_CONFIG } from '../access/access-control.ts';

const CONFIGURATION_URL = '/Users/Configuration';

/**
 * [sandbox design] The signed-in user's current effective configuration (organization's map, the
 * user's overrides on top): the same flat map, keys and JSON types as `configuration` in the login
 * response. The refresh response carries none, so the portal reads this after each refresh to
 * update guards and navigation without a sign-out. Callable while an account action is pending;
 * no role needed. Read per request, so an admin's change shows on the next call.
 */
export async function userConfigurationRoutes(app: FastifyInstance): Promise<void> {
  app.get(CONFIGURATION_URL, { config: SELF_SERVICE_ROUTE_CONFIG }, async (request) => ({
    configuration: authOf(request).configuration,
  }));
}
