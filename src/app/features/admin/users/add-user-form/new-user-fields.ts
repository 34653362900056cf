import { WsapiError, fieldFailure } from '../../../../core/wsapi/wsapi-error';

/** The server's field names → the "Add a user" form's controls, for its field errors. */
export const NEW_USER_FIELDS = {
  user_name: 'userName',
  temporary_password: 'temporaryPassword',
  first_name: 'firstName',
  last_name: 'lastName',
  primary_email: 'primaryEmail',
} as const;

export type NewUserField = (typeof NEW_USER_FIELDS)[keyof typeof NEW_USER_FIELDS];

/** The control a refused creation is about, with the server's message; null for other errors. */
export function newUserFailureOf(
  error: WsapiError,
): { readonly field: NewUserField; readonly message: string } | null {
  const failure = fieldFailure(error);
  if (!failure || !Object.hasOwn(NEW_USER_FIELDS, failure.field)) return null;
  const field = NEW_USER_FIELDS[failure.field as keyof typeof NEW_USER_FIELDS];
  return { field, message: failure.message };
}

/** The form control a refused creation is about, or null when the error names none of them. */
export function newUserFieldOf(error: WsapiError): NewUserField | null {
  return newUserFailureOf(error)?.field ?? null;
}
