import { apiErrors } from '../http/errors.ts';
import { pagingQueryProperties } from '../http/paging.ts';
import { closedObject } from '../http/json-schema.ts';

/**
 * Request shapes of the admin area (organizations, their users, user-name availability, audit
 * log). The schemas check shape and types only (no coercion, no unknown keys); the user-name and
 * person-name rules with human messages live in the functions below.
 */
export const USER_NAME_MIN_LENGTH = 3;
export const USER_NAME_MAX_LENGTH = 64;
const USER_NAME_PATTERN = /^[A-Za-z0-9._@-]+$/;

const idPattern = { type: 'string', pattern: '^[0-9]{1,12}$' } as const;
export const organizationParams = {
  type: 'object',
  required: ['organizationId'],
  properties: { organizationId: idPattern },
} as const;
export const userParams = {
  type: 'object',
  required: ['organizationId', 'userId'],
  properties: { organizationId: idPattern, userId: idPattern },
} as const;
export const pagingQuery = closedObject(pagingQueryProperties);
export const organizationsQuery = closedObject({
  ...pagingQueryProperties,
  q: { type: 'string', maxLength: 100 },
});
export const availabilityQuery = closedObject({ user_name: { type: 'string', maxLength: 200 } }, [
  'user_name',
]);
export const createUserBody = closedObject(
  {
    user_name: { type: 'string', maxLength: 200 },
    temporary_password: { type: 'string', maxLength: 1024 },
    first_name: { type: 'string', maxLength: 200 },
    last_name: { type: 'string', maxLength: 200 },
    primary_email: { type: 'string', maxLength: 400 },
  },
  ['user_name', 'temporary_password', 'first_name', 'last_name', 'primary_email'],
);

export interface OrganizationParams {
  organizationId: string;
}
export interface UserParams extends OrganizationParams {
  userId: string;
}
export interface CreateUserBody {
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
