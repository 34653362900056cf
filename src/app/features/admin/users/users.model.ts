/** A user of an organization, as the admin endpoints describe it (never a password or answer). */
export interface OrganizationUser {
  readonly userId: string;
  readonly organizationId: string;
  readonly userName: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly primaryEmail: string;
  readonly isAdmin: boolean;
  readonly isSysAdmin: boolean;
  readonly locked: boolean;
  readonly changePasswordRequired: boolean;
  readonly activeSessions: number;
}

/**
 * What the "Add a user" form sends. It holds a temporary password: it lives only in the form and
 * the request, never in a store or a signal.
 */
export interface NewUser {
  readonly userName: string;
  readonly temporaryPassword: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly primaryEmail: string;
}

export type UserAction = 'lock' | 'unlock' | 'end-sessions';

export type UserRole = 'Sys admin' | 'Admin' | 'User';
export type UserStatus = 'Locked' | 'Must change password' | 'Active';

export function userRole(user: OrganizationUser): UserRole {
  if (user.isSysAdmin) return 'Sys admin';
  return user.isAdmin ? 'Admin' : 'User';
}

/** A lock outweighs a pending password change: a locked user cannot sign in at all. */
export function userStatus(user: OrganizationUser): UserStatus {
  if (user.locked) return 'Locked';
  return user.changePasswordRequired ? 'Must change password' : 'Active';
}

/** "Jane Doe", or the user name when the profile has no name. */
export function displayName(user: OrganizationUser): string {
  return [user.firstName, user.lastName].filter(Boolean).join(' ') || user.userName;
}

/** User names are unique whatever their case, and the server trims them. */
export function sameUserName(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}
