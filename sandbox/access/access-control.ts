import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthContext, SessionService } from '../auth/sessions.ts';
import { apiErrors } from '../http/errors.ts';
import { configFlag } from './configuration.ts';

export type Role = 'admin' | 'sys_admin';

/**
 * What a route needs, declared once on the route (`config.access`) and enforced here for all:
 * headers → session → account-flags gate → flag/role gate → handler.
 */
export interface AccessRule {
  /** A valid `X-Roam-Token` is required; the session lands on `request.auth`. */
  session: true;
  /**
   * Routes a user with a pending account action (any `account_flags` value true) may still call:
   * Authentication refresh/logout and the Users self-service endpoints. Others answer 403
   * `account_action_required`.
   */
  allowWithAccountActionRequired?: boolean;
  /** Every listed configuration flag must be on in the user's effective configuration. */
  flags?: readonly string[];
  /** At least one of these roles is required (sys_admin does not imply admin; list both if both may). */
  roles?: readonly Role[];
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: AccessRule;
  }
  interface FastifyRequest {
    auth: AuthContext | null;
  }
}

/** Route `config` of a route that needs a session and, if listed, these configuration flags. */
export function sessionRouteConfig(...flags: string[]) {
  return { access: { session: true, ...(flags.length ? { flags } : {}) } } as const;
}

/** Route `config` of the routes a user with a pending account action may still call. */
export const SELF_SERVICE_ROUTE_CONFIG = {
  access: { session: true, allowWithAccountActionRequired: true },
} as const;

/** The authenticated context of a request whose route declares `access`; throws otherwise. */
export function authOf(request: FastifyRequest): AuthContext {
  if (!request.auth) throw apiErrors.invalidSession();
  return request.auth;
}

function hasRole(context: AuthContext, role: Role): boolean {
  return role === 'admin' ? context.user.isAdmin : context.user.isSysAdmin;
}

/**
 * Registered after the header checks, as an `onRequest` hook, so an unauthenticated or forbidden
 * request is refused before its body is even read.
 */
export function installAccessControl(app: FastifyInstance, sessions: SessionService): void {
  app.decorateRequest('auth', null);
  app.addHook('onRequest', async (request) => {
    const rule = request.routeOptions.config?.access;
    if (!rule) return;
    const tokenHeader = request.headers['x-roam-token'];
    const token = (Array.isArray(tokenHeader) ? tokenHeader[0] : tokenHeader)?.trim();
    const context = token ? sessions.resolve(token) : undefined;
    if (!context) throw apiErrors.invalidSession();
    request.auth = context;

    const actionRequired = Object.values(context.user.accountFlags).some((flag) => flag === true);
    if (actionRequired && !rule.allowWithAccountActionRequired)
      throw apiErrors.accountActionRequired();
    if (rule.flags?.some((flag) => !configFlag(context.configuration, flag)))
      throw apiErrors.forbidden();
    if (rule.roles?.length && !rule.roles.some((role) => hasRole(context, role)))
      throw apiErrors.forbidden();
  });
}
