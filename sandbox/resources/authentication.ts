import type { FastifyInstance } from 'fastify';
import { authOf } from '../access/access-control.ts';
import type { LoginService } from '../auth/login.ts';
import type { SessionService } from '../auth/sessions.ts';
import { registerMethodNotAllowed } from '../http/method-not-allowed.ts';
import { LOGOUT_CLEAR_SITE_DATA } from '../http/security-headers.ts';
import { loginResponse, refreshResponse } from './authentication.responses.ts';

const URL = '/WSAPI/Authentication';

const loginBody = {
  type: 'object',
  required: ['user_name', 'password'],
  additionalProperties: false,
  properties: {
    user_name: { type: 'string', minLength: 1, maxLength: 128 },
    password: { type: 'string', minLength: 1, maxLength: 256 },
  },
} as const;

interface LoginBody {
  user_name: string;
  password: string;
}

/**
 * POST logs in, PUT refreshes (same token, later `expires`), DELETE logs out (200, empty body,
 * `Clear-Site-Data: "cache"`).
 */
export function registerAuthentication(
  app: FastifyInstance,
  login: LoginService,
  sessions: SessionService,
): void {
  app.post<{ Body: LoginBody }>(
    URL,
    { schema: { body: loginBody }, config: { wsapi: true, apiKey: 'required' } },
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

  const sessionRoute = {
    config: { wsapi: true, access: { session: true, allowWithAccountActionRequired: true } },
  } as const;

  app.put(URL, sessionRoute, async (request) => {
    const context = authOf(request);
    const expiresAt = sessions.refresh(context);
    return refreshResponse(context.user, context.organization, context.token, expiresAt);
  });

  app.delete(URL, sessionRoute, async (request, reply) => {
    sessions.end(authOf(request));
    // Every tab of the origin signs out: the browser drops its caches and storage.
    return reply.code(200).header('clear-site-data', LOGOUT_CLEAR_SITE_DATA).send();
  });

  registerMethodNotAllowed(app, URL, ['POST', 'PUT', 'DELETE']);
}
