import type { FastifyInstance } from 'fastify';
import { authOf, SELF_SERVICE_ROUTE_CONFIG } from '../access/access-control.ts';
import { LOGOUT_CLEAR_SITE_DATA } from '../http/security-headers.ts';
import {
  loginResponse,
  loginResponseSchema,
  refreshResponse,
  refreshResponseSchema,
} from './authentication.responses.ts';
import { closedObject } from '../http/json-schema.ts';

const URL = '/Authentication';

const loginBody = closedObject(
  {
    user_name: { type: 'string', minLength: 1, maxLength: 128 },
    password: { type: 'string', minLength: 1, maxLength: 256 },
  },
  ['user_name', 'password'],
);

interface LoginBody {
  user_name: string;
  password: string;
}

/**
 * POST logs in, PUT refreshes (same token, later `expires`), DELETE logs out (200, empty body,
 * `Clear-Site-Data: "cache"`).
 */
export async function authenticationRoutes(app: FastifyInstance): Promise<void> {
  const { login, sessions } = app.services;
  app.post<{ Body: LoginBody }>(
    URL,
    {
      schema: { body: loginBody, response: { 200: loginResponseSchema } },
      config: { apiKey: 'required' },
    },
    async (request) => {
      const result = await login.login(request.body.user_name, request.body.password, request.ip);
      return loginResponse(
        result.user,
        result.organization,
        result.configuration,
        result.token,
        result.expiresAt,
      );
    },
  );

  const sessionRoute = { config: SELF_SERVICE_ROUTE_CONFIG };

  app.put(
    URL,
    { ...sessionRoute, schema: { response: { 200: refreshResponseSchema } } },
    async (request) => {
      const context = authOf(request);
      const expiresAt = sessions.refresh(context);
      return refreshResponse(context.user, context.organization, context.token, expiresAt);
    },
  );

  app.delete(URL, sessionRoute, async (request, reply) => {
    sessions.end(authOf(request));
    // Every tab of the origin signs out: the browser drops its caches and storage.
    return reply.code(200).header('clear-site-data', LOGOUT_CLEAR_SITE_DATA).send();
  });
}
