import type { FastifyInstance } from 'fastify';
import { auditLogRoutes } from './audit-log.ts';
import { organizationUsersRoutes } from './organization-users.ts';
import { organizationsRoutes } from './organizations.ts';
import { userNameAvailabilityRoutes } from './user-name-availability.ts';

/**
 * The admin area [sandbox design]. Every route: session, roles `admin` or `sys_admin`
 * (anyone else 403 `forbidden`), then the scope check of `access/admin-scope.ts` (an organization
 * outside the caller's scope is 404 `not_found`, as if it did not exist). Every write is recorded
 * in the audit log, in the same transaction. Lock, Unlock and EndSessions on a user with
 * `is_sys_admin` are for system administrators only (403 `forbidden` for a plain admin).
 *
 * The admin area's plugin: organizations.ts, organization-users.ts, user-name-availability.ts and
 * audit-log.ts (request shapes in admin.schemas.ts). Configuration, billing and boarding are
 * plugins of their own (organization-*.ts, boarding.ts).
 */
export async function adminRoutes(app: FastifyInstance): Promise<void> {
  await app.register(organizationsRoutes);
  await app.register(organizationUsersRoutes);
  await app.register(userNameAvailabilityRoutes);
  await app.register(auditLogRoutes);
}
