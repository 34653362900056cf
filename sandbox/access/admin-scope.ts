import type { AuthContext } from '../auth/sessions.ts';
import { apiErrors } from '../http/errors.ts';
import type { AdminOrganizationRow, AdminRepository } from '../store/admin.ts';
import type { OrganizationScope } from '../store/organization-scope.ts';
import { configFlag } from './configuration.ts';

export const ADMIN_ROLES = ['admin', 'sys_admin'] as const;

/** Route `config` of the admin area's routes: session, roles `ADMIN_ROLES`. */
export const ADMIN_ROUTE_CONFIG = { access: { session: true, roles: ADMIN_ROLES } } as const;

/**
 * [sandbox design] Which organizations an admin administers. `is_sys_admin`: every one.
 * `is_admin`: their own organization, plus its direct submerchants (children by `parent_id`) when
 * the organization's own configuration has `account.permissions.allow_submerchants` on.
 * Anyone else: none (the routes' `roles` already answered 403 before this is asked).
 */
export function organizationScope(context: AuthContext, admin: AdminRepository): OrganizationScope {
  if (context.user.isSysAdmin) return { all: true };
  if (!context.user.isAdmin) return { all: false, ids: [] };
  const own = context.organization;
  const children = configFlag(own.configuration, 'account.permissions.allow_submerchants')
    ? admin.childIds(own.id)
    : [];
  return { all: false, ids: [own.id, ...children] };
}

export function inScope(scope: OrganizationScope, organizationId: string): boolean {
  return scope.all || scope.ids.includes(organizationId);
}

/** The organization if it exists and is in the caller's scope; 404 `not_found` otherwise. */
export function organizationInScope(
  context: AuthContext,
  admin: AdminRepository,
  organizationId: string,
): AdminOrganizationRow {
  const organization = admin.findOrganization(organizationId);
  if (!organization || !inScope(organizationScope(context, admin), organization.id)) {
    throw apiErrors.notFound();
  }
  return organization;
}
