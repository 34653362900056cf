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

/**
 * The one table from what a route or a control requires to the words a merchant reads: the
 * feature a configuration flag turns on ("Virtual terminal"), or the role. Complete for every
 * flag (a new flag without a name fails to compile), so the forbidden page never shows a key.
 */
const NAMES: Readonly<Record<ConfigFlag | 'role:admin' | 'role:sys-admin', string>> = {
  'account.permissions.add_submerchant.merchant_portal': 'Boarding merchants in the portal',
  'account.permissions.allow_submerchants': 'Submerchants',
  'account.permissions.change_address': 'Changing the business address',
  'account.permissions.change_name': 'Changing the business name',
  'account.permissions.edit_email_receipt': 'Email receipt settings',
  'account.permissions.order_accessories.merchant_portal': 'Ordering accessories',
  'component.access.inventory_management': 'Inventory',
  'component.access.virtual_terminal': 'Virtual terminal',
  'processing.config.avs': 'Address verification (AVS)',
  'processing.config.cvv': 'Security code (CVV) checks',
  'processing.config.discount': 'Discounts',
  'processing.config.tax': 'Tax',
  'processing.config.tip': 'Tips',
  'processing.permissions.manual_entry': 'Manual card entry',
  'processing.permissions.refund': 'Refunds',
  'processing.permissions.refund.for_submerchant': 'Refunds for submerchants',
  'processing.permissions.refund.merchant_portal': 'Refunds in the portal',
  'processing.permissions.refund.mobile': 'Refunds in the mobile app',
  'processing.permissions.refund.smart_refund': 'Smart refunds',
  'processing.permissions.void': 'Voids',
  'processing.receipt.show_tax': 'Tax on receipts',
  'role:admin': 'Organization administrator',
  'role:sys-admin': 'System administrator',
};

/** The feature a flag turns on, in words ("Virtual terminal"): the configuration editor's label. */
export function featureName(flag: ConfigFlag): string {
  return NAMES[flag];
}

/** What a missing permission is, in words: a feature of the account, or a role. */
export interface PermissionName {
  readonly kind: 'feature' | 'role';
  readonly name: string;
}

/**
 * `component.access.virtual_terminal` → the feature "Virtual terminal"; `role:admin` → the role
 * "Organization administrator". Null for a key the portal does not know (never shown as is).
 */
export function permissionName(permission: string): PermissionName | null {
  const name = (NAMES as Readonly<Record<string, string>>)[permission];
  if (name === undefined || !Object.hasOwn(NAMES, permission)) return null;
  return { kind: permission.startsWith('role:') ? 'role' : 'feature', name };
}
