import type { FastifyInstance } from 'fastify';
import { authOf } from '../access/access-control.ts';
import { registerMethodNotAllowed } from '../http/method-not-allowed.ts';

export const CONFIGURATION_URL = '/WSAPI/Users/Configuration';

/**
 * [sandbox design] The signed-in user's current effective configuration (organization's map, the
 * user's overrides on top): the same flat map, keys and JSON types as `configuration` in the login
 * response. The refresh response carries none, so the portal reads this after each refresh to
 * update guards and navigation without a sign-out. Callable while an account action is pending;
 * no role needed. Read per request, so an admin's change shows on the next call.
 */
export function registerUserConfiguration(app: FastifyInstance): void {
  app.get(
    CONFIGURATION_URL,
    {
      config: { wsapi: true, access: { session: true, allowWithAccountActionRequired: true } },
      exposeHeadRoute: false,
    },
    async (request) => ({ configuration: authOf(request).configuration }),
  );
  registerMethodNotAllowed(app, CONFIGURATION_URL, ['GET']);
}
