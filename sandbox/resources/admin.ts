import type { FastifyInstance } from 'fastify';
import type { PasswordHasher } from '../auth/passwords.ts';
import type { Clock } from '../clock.ts';
import type { SlidingWindowLimiter } from '../http/rate-limit.ts';
import type { AdminRepository } from '../store/admin.ts';
import { registerAuditLog } from './audit-log.ts';
import { registerOrganizationUsers } from './organization-users.ts';
import { registerOrganizations } from './organizations.ts';
import { registerUserNameAvailability } from './user-name-availability.ts';

/**
 * The admin area's entry point: registers organizations.ts, organization-users.ts,
 * user-name-availability.ts and audit-log.ts (request shapes in admin.schemas.ts).
 * Configuration, billing and boarding register themselves (organization-*.ts, boarding.ts).
 */
export interface AdminDependencies {
  clock: Clock;
  admin: AdminRepository;
  hasher: PasswordHasher;
  /** `availabilityLimiter(clock)`; built by the caller so that `/__sandbox/reset` can clear it. */
  availability: SlidingWindowLimiter;
}

/**
 * The admin area [sandbox design]. Every route: session, roles `admin` or `sys_admin`
 * (anyone else 403 `forbidden`), then the scope check of `access/admin-scope.ts` (an organization
 * outside the caller's scope is 404 `not_found`, as if it did not exist). Every write is recorded
 * in the audit log, in the same transaction. Lock, Unlock and EndSessions on a user with
 * `is_sys_admin` are for system administrators only (403 `forbidden` for a plain admin).
 */
export function registerAdmin(app: FastifyInstance, deps: AdminDependencies): void {
  const { clock, admin, hasher, availability } = deps;
  registerOrganizations(app, admin);
  registerOrganizationUsers(app, { clock, admin, hasher });
  registerUserNameAvailability(app, admin, availability);
  registerAuditLog(app, admin);
}
