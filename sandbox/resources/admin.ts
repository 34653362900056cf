import type { FastifyInstance } from 'fastify';
import { authOf } from '../access/access-control.ts';
import { ADMIN_ROLES, organizationInScope, organizationScope } from '../access/admin-scope.ts';
import { newPasswordProblem } from '../auth/password-change.ts';
import type { PasswordHasher } from '../auth/passwords.ts';
import type { AuthContext } from '../auth/sessions.ts';
import { formatVendorTimestamp, type Clock } from '../clock.ts';
import { ApiError, apiErrors } from '../http/errors.ts';
import { registerMethodNotAllowed } from '../http/method-not-allowed.ts';
import { pageJson, paging, pagingQueryProperties, type PagingQuery } from '../http/paging.ts';
import { SlidingWindowLimiter } from '../http/rate-limit.ts';
import type { AdminRepository, AdminUserRow, AuditEntry } from '../store/admin.ts';
import { organizationDetailJson, organizationJson } from './organization.responses.ts';
import { validPrimaryEmail } from './users.schemas.ts';

export const ORGANIZATIONS_URL = '/WSAPI/Organizations';
const ORGANIZATION_URL = '/WSAPI/Organizations/:organizationId';
const USERS_URL = '/WSAPI/Organizations/:organizationId/Users';
const USER_ACTION_URLS = {
  lock: '/WSAPI/Organizations/:organizationId/Users/:userId/Lock',
  unlock: '/WSAPI/Organizations/:organizationId/Users/:userId/Unlock',
  end_sessions: '/WSAPI/Organizations/:organizationId/Users/:userId/EndSessions',
} as const;
const AVAILABILITY_URL = '/WSAPI/Users/Availability';
const AUDIT_URL = '/WSAPI/AuditLog';

/**
 * [sandbox design] User-name availability checks per user (not per session: signing in again
 * gives no new budget), per minute of sandbox time.
 */
export const AVAILABILITY_LIMIT_PER_MINUTE = 10;
export const USER_NAME_MIN_LENGTH = 3;
export const USER_NAME_MAX_LENGTH = 64;
const USER_NAME_PATTERN = /^[A-Za-z0-9._@-]+$/;
const NAME_MAX_LENGTH = 50;

export interface AdminDependencies {
  clock: Clock;
  admin: AdminRepository;
  hasher: PasswordHasher;
  /** `availabilityLimiter(clock)`; built by the caller so that `/__sandbox/reset` can clear it. */
  availability: SlidingWindowLimiter;
}

/** The user-name availability limiter: `AVAILABILITY_LIMIT_PER_MINUTE` per user and minute. */
export function availabilityLimiter(clock: Clock): SlidingWindowLimiter {
  return new SlidingWindowLimiter(clock, AVAILABILITY_LIMIT_PER_MINUTE, 60_000);
}

const idPattern = { type: 'string', pattern: '^[0-9]{1,12}$' } as const;
const organizationParams = {
  type: 'object',
  required: ['organizationId'],
  properties: { organizationId: idPattern },
} as const;
const userParams = {
  type: 'object',
  required: ['organizationId', 'userId'],
  properties: { organizationId: idPattern, userId: idPattern },
} as const;
const pagingQuery = {
  type: 'object',
  additionalProperties: false,
  properties: pagingQueryProperties,
} as const;
const organizationsQuery = {
  type: 'object',
  additionalProperties: false,
  properties: { ...pagingQueryProperties, q: { type: 'string', maxLength: 100 } },
} as const;
const availabilityQuery = {
  type: 'object',
  required: ['user_name'],
  additionalProperties: false,
  properties: { user_name: { type: 'string', maxLength: 200 } },
} as const;
const createUserBody = {
  type: 'object',
  required: ['user_name', 'temporary_password', 'first_name', 'last_name', 'primary_email'],
  additionalProperties: false,
  properties: {
    user_name: { type: 'string', maxLength: 200 },
    temporary_password: { type: 'string', maxLength: 1024 },
    first_name: { type: 'string', maxLength: 200 },
    last_name: { type: 'string', maxLength: 200 },
    primary_email: { type: 'string', maxLength: 400 },
  },
} as const;

interface OrganizationParams {
  organizationId: string;
}
interface UserParams extends OrganizationParams {
  userId: string;
}
interface CreateUserBody {
  user_name: string;
  temporary_password: string;
  first_name: string;
  last_name: string;
  primary_email: string;
}

/** The trimmed user name, or 400 on `field`. */
export function validNewUserName(value: string, field = 'user_name'): string {
  const name = value.trim();
  if (name.length < USER_NAME_MIN_LENGTH || name.length > USER_NAME_MAX_LENGTH) {
    throw apiErrors.invalidRequest(
      field,
      `The user name must be ${USER_NAME_MIN_LENGTH} to ${USER_NAME_MAX_LENGTH} characters long.`,
    );
  }
  if (!USER_NAME_PATTERN.test(name)) {
    throw apiErrors.invalidRequest(
      field,
      'The user name may contain only letters, digits, ".", "_", "@" and "-".',
    );
  }
  return name;
}

function validPersonName(value: string, field: string): string {
  const name = value.trim();
  if (name === '' || [...name].length > NAME_MAX_LENGTH) {
    throw apiErrors.invalidRequest(field, `${field} must be 1 to ${NAME_MAX_LENGTH} characters.`);
  }
  return name;
}

function userJson(user: AdminUserRow) {
  return {
    user_id: user.id,
    organization_id: user.organization_id,
    user_name: user.user_name,
    first_name: user.profile.first_name,
    last_name: user.profile.last_name,
    primary_email: user.profile.primary_email,
    is_admin: user.is_admin,
    is_sys_admin: user.is_sys_admin,
    locked: user.locked,
    change_password_required: user.account_flags.change_password_required,
    active_sessions: user.active_sessions,
  };
}

function auditJson(entry: AuditEntry) {
  return {
    id: entry.id,
    at: formatVendorTimestamp(entry.at),
    actor: { user_id: entry.actor_user_id, user_name: entry.actor_user_name },
    action: entry.action,
    organization_id: entry.organization_id,
    target_user: entry.target_user_id
      ? { user_id: entry.target_user_id, user_name: entry.target_user_name }
      : null,
    details: entry.details,
  };
}

/**
 * The admin area (issue 8) [sandbox design]. Every route: session, roles `admin` or `sys_admin`
 * (anyone else 403 `forbidden`), then the scope check of `access/admin-scope.ts` (an organization
 * outside the caller's scope is 404 `not_found`, as if it did not exist). Every write is recorded
 * in the audit log, in the same transaction. Lock, Unlock and EndSessions on a user with
 * `is_sys_admin` are for system administrators only (403 `forbidden` for a plain admin).
 */
export function registerAdmin(app: FastifyInstance, deps: AdminDependencies): void {
  const { clock, admin, hasher, availability } = deps;
  const config = { wsapi: true, access: { session: true, roles: ADMIN_ROLES } } as const;

  const audit = (
    context: AuthContext,
    action: string,
    organizationId: string,
    target?: { id: number; userName: string },
    details: Record<string, unknown> = {},
  ) =>
    admin.audit({
      at: clock.now(),
      actor_user_id: context.user.id,
      actor_user_name: context.user.userName,
      action,
      organization_id: organizationId,
      target_user_id: target?.id ?? null,
      target_user_name: target?.userName ?? null,
      details,
    });

  const userInScope = (context: AuthContext, params: UserParams): AdminUserRow => {
    const organization = organizationInScope(context, admin, params.organizationId);
    const user = admin.findUser(organization.id, Number(params.userId), clock.now());
    if (!user) throw apiErrors.notFound();
    return user;
  };

  app.get<{ Querystring: PagingQuery & { q?: string } }>(
    ORGANIZATIONS_URL,
    { config, schema: { querystring: organizationsQuery }, exposeHeadRoute: false },
    async (request) => {
      const context = authOf(request);
      const page = paging(request.query);
      const q = request.query.q?.trim() || undefined;
      const { rows, total } = admin.listOrganizations(
        organizationScope(context, admin),
        q,
        page.pageSize,
        page.offset,
      );
      return { organizations: rows.map(organizationJson), ...pageJson(page, total) };
    },
  );

  app.get<{ Params: OrganizationParams }>(
    ORGANIZATION_URL,
    { config, schema: { params: organizationParams }, exposeHeadRoute: false },
    async (request) => {
      const context = authOf(request);
      const organization = organizationInScope(context, admin, request.params.organizationId);
      return organizationDetailJson(organization, admin);
    },
  );

  app.get<{ Params: OrganizationParams; Querystring: PagingQuery }>(
    USERS_URL,
    {
      config,
      schema: { params: organizationParams, querystring: pagingQuery },
      exposeHeadRoute: false,
    },
    async (request) => {
      const context = authOf(request);
      const organization = organizationInScope(context, admin, request.params.organizationId);
      const page = paging(request.query);
      const { rows, total } = admin.listUsers(
        organization.id,
        clock.now(),
        page.pageSize,
        page.offset,
      );
      return { users: rows.map(userJson), ...pageJson(page, total) };
    },
  );

  app.post<{ Params: OrganizationParams; Body: CreateUserBody }>(
    USERS_URL,
    { config, schema: { params: organizationParams, body: createUserBody } },
    async (request, reply) => {
      const context = authOf(request);
      const organization = organizationInScope(context, admin, request.params.organizationId);
      const body = request.body;
      const userName = validNewUserName(body.user_name);
      const firstName = validPersonName(body.first_name, 'first_name');
      const lastName = validPersonName(body.last_name, 'last_name');
      const email = validPrimaryEmail(body.primary_email);
      const problem = newPasswordProblem(userName, '', body.temporary_password);
      if (problem !== undefined) {
        throw apiErrors.invalidRequest(
          'temporary_password',
          problem.replace('your user name', 'the user name'),
        );
      }
      if (admin.userNameTaken(userName)) throw userNameTaken();
      const passwordHash = await hasher.hash(body.temporary_password);
      const userId = app.sandbox.db.transaction(() => {
        const id = admin.createUser({
          organizationId: organization.id,
          userName,
          passwordHash,
          profile: {
            first_name: firstName,
            middle_name_initial: '',
            last_name: lastName,
            title: '',
            primary_email: email,
            cell_phone: '',
            work_phone: '',
            other_phone: '',
            locale: 'en-US',
          },
        });
        if (id !== undefined) audit(context, 'user.create', organization.id, { id, userName });
        return id;
      })();
      // Taken while the password was hashed.
      if (userId === undefined) throw userNameTaken();
      const created = admin.findUser(organization.id, userId, clock.now());
      return reply.code(201).send({ user: created && userJson(created) });
    },
  );

  const userAction = (
    url: string,
    action: 'lock' | 'unlock' | 'end_sessions',
    run: (user: AdminUserRow) => Record<string, unknown>,
  ) => {
    app.post<{ Params: UserParams }>(
      url,
      { config, schema: { params: userParams } },
      async (request) => {
        const context = authOf(request);
        const user = userInScope(context, request.params);
        if (user.id === context.user.id) {
          throw apiErrors.conflict('You cannot do this to your own account.');
        }
        if (user.is_sys_admin && !context.user.isSysAdmin) {
          throw new ApiError(
            403,
            'forbidden',
            "Only a system administrator can change a system administrator's account.",
          );
        }
        const details = app.sandbox.db.transaction(() => {
          const result = run(user);
          audit(
            context,
            `user.${action}`,
            user.organization_id,
            { id: user.id, userName: user.user_name },
            result,
          );
          return result;
        })();
        const updated = admin.findUser(user.organization_id, user.id, clock.now());
        return { user: updated && userJson(updated), ...details };
      },
    );
    registerMethodNotAllowed(app, url, ['POST']);
  };
  userAction(USER_ACTION_URLS.lock, 'lock', (user) => {
    admin.setLocked(user.id, true);
    return {};
  });
  userAction(USER_ACTION_URLS.unlock, 'unlock', (user) => {
    admin.setLocked(user.id, false);
    return {};
  });
  userAction(USER_ACTION_URLS.end_sessions, 'end_sessions', (user) => ({
    sessions_ended: admin.endSessions(user.id),
  }));

  app.get<{ Querystring: { user_name: string } }>(
    AVAILABILITY_URL,
    { config, schema: { querystring: availabilityQuery }, exposeHeadRoute: false },
    async (request) => {
      const context = authOf(request);
      availability.hit(`user:${context.user.id}`);
      const userName = validNewUserName(request.query.user_name);
      return { available: !admin.userNameTaken(userName) };
    },
  );

  app.get<{ Querystring: PagingQuery }>(
    AUDIT_URL,
    { config, schema: { querystring: pagingQuery }, exposeHeadRoute: false },
    async (request) => {
      const context = authOf(request);
      const page = paging(request.query);
      const { rows, total } = admin.listAudit(
        organizationScope(context, admin),
        page.pageSize,
        page.offset,
      );
      return { entries: rows.map(auditJson), ...pageJson(page, total) };
    },
  );

  // POST (boarding) lives in resources/boarding.ts.
  registerMethodNotAllowed(app, ORGANIZATIONS_URL, ['GET', 'POST']);
  registerMethodNotAllowed(app, ORGANIZATION_URL, ['GET']);
  registerMethodNotAllowed(app, USERS_URL, ['GET', 'POST']);
  registerMethodNotAllowed(app, AVAILABILITY_URL, ['GET']);
  registerMethodNotAllowed(app, AUDIT_URL, ['GET']);
}

function userNameTaken(): ApiError {
  return new ApiError(409, 'conflict', 'This user name is already taken.', 'user_name');
}
