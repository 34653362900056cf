import { ConfigFlag, readConfig } from '../auth/configuration';
import { Account } from '../auth/session.model';

/** A role from the user profile, or an organization type from the login response. */
export type Role = 'role:admin' | 'role:sys-admin' | `organization:${string}`;

/**
 * What a route, a nav item or `*mcmIfFlag` can require: a boolean configuration flag (a typo
 * fails to compile: flags come from CONFIG_KEYS) or a role.
 */
export type Permission = ConfigFlag | Role;

/** `allOf` must all hold; of `anyOf`, at least one. Both may be given. */
export interface AccessRequirement {
  readonly allOf?: readonly Permission[];
  readonly anyOf?: readonly Permission[];
}

export function hasPermission(account: Account | null, permission: Permission): boolean {
  if (!account) return false;
  if (permission === 'role:admin') return account.user.isAdmin;
  if (permission === 'role:sys-admin') return account.user.isSysAdmin;
  if (permission.startsWith('organization:')) {
    return account.organization.organizationType === permission.slice('organization:'.length);
  }
  return readConfig(account.configuration, permission as ConfigFlag);
}

/** The permissions that keep `account` from meeting `requirement` (empty: allowed). */
export function missingPermissions(
  account: Account | null,
  requirement: AccessRequirement | undefined,
): Permission[] {
  if (!requirement) return [];
  const missing = (requirement.allOf ?? []).filter(
    (permission) => !hasPermission(account, permission),
  );
  const anyOf = requirement.anyOf ?? [];
  if (anyOf.length && !anyOf.some((permission) => hasPermission(account, permission)))
    missing.push(...anyOf);
  return missing;
}

export function isAllowed(
  account: Account | null,
  requirement: AccessRequirement | undefined,
): boolean {
  return missingPermissions(account, requirement).length === 0;
}

/** Normalises the shorthand `'flag'` / `['a', 'b']` (all of them) to a requirement. */
export function toRequirement(
  value: Permission | readonly Permission[] | AccessRequirement,
): AccessRequirement {
  if (typeof value === 'string') return { allOf: [value] };
  if (Array.isArray(value)) return { allOf: value as readonly Permission[] };
  return value as AccessRequirement;
}

const LABELS: Partial<Record<Permission, string>> = {
  'component.access.virtual_terminal': 'Virtual terminal access',
  'component.access.inventory_management': 'Inventory management access',
  'processing.permissions.refund': 'Permission to refund',
  'processing.permissions.void': 'Permission to void',
  'processing.permissions.manual_entry': 'Manual card entry',
  'role:admin': 'Organization administrator',
  'role:sys-admin': 'System administrator',
};

/** A readable name for the forbidden page ("Virtual terminal access"), else the key itself. */
export function permissionLabel(permission: string): string {
  return LABELS[permission as Permission] ?? permission;
}
