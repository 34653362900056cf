import type { FastifyInstance } from 'fastify';
import { authOf } from '../access/access-control.ts';
import { ADMIN_ROUTE_CONFIG as config, organizationInScope } from '../access/admin-scope.ts';
import { newPasswordProblem } from '../auth/password-change.ts';
import type { AuthContext } from '../auth/sessions.ts';
import { ApiError, apiErrors } from '../http/errors.ts';
import { pageJson, paging, type PagingQuery } from '../http/paging.ts';
import type { AdminUserRow } from '../store/admin.ts';
import {
  createUserBody,
  organizationParams,
  pagingQuery,
  userParams,
  validNewUserName,
  type CreateUserBody,
  type OrganizationParams,
  type UserParams,
} from './admin.schemas.ts';
import { validPersonName } from './person-name.ts';
import { validPrimaryEmail } from './users.schemas.ts';

/**
 * The users of an organization, for its admins: list, create (with a temporary password), and
 * Lock, Unlock and EndSessions. Every write is recorded in the audit log, in the same transaction.
 */
const USERS_URL = '/Organizations/:organizationId/Users';
const USER_ACTION_URLS = {
  lock: '/Organizations/:organizationId/Users/:userId/Lock',
  unlock: '/Organizations/:organizationId/Users/:userId/Unlock',
  end_sessions: '/Organizations/:organizationId/Users/:userId/EndSessions',
} as const;

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

/**
 * Lock, Unlock and EndSessions on a user with `is_sys_admin` are for system administrators only
 * (403 `forbidden` for a plain admin); nobody can do them to their own account (409).
 */
export async function organizationUsersRoutes(app: FastifyInstance): Promise<void> {
  const { clock, hasher } = app;
  const { admin } = app.repositories;
  /** The availability limiter: a 409 "already taken" answers the same question, so it counts. */
  const { availability } = app.services;

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

  app.get<{ Params: OrganizationParams; Querystring: PagingQuery }>(
    USERS_URL,
    { config, schema: { params: organizationParams, querystring: pagingQuery } },
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
      // A 409 tells whether a name exists, like GET /Users/Availability: same budget (then 429).
      const taken = () => {
        availability.hit(`user:${context.user.id}`);
        return userNameTaken();
      };
      if (admin.userNameTaken(userName)) throw taken();
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
      if (userId === undefined) throw taken();
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
}

function userNameTaken(): ApiError {
  return new ApiError(409, 'conflict', 'This user name is already taken.', 'user_name');
}
