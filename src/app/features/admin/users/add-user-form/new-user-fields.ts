import { WsapiError, serverFieldError } from '../../../../core/wsapi/wsapi-error';

/** The server's field names → the "Add a user" form's controls, for its field errors. */
export const NEW_USER_FIELDS = {
  user_name: 'userName',
  temporary_password: 'temporaryPassword',
  first_name: 'firstName',
  last_name: 'lastName',
  primary_email: 'primaryEmail',
} as const;

export type NewUserField = (typeof NEW_USER_FIELDS)[keyof typeof NEW_USER_FIELDS];

/** The form control a refused creation is about, or null when the error names none of them. */
export function newUserFieldOf(error: WsapiError): NewUserField | null {
  return serverFieldError(error, NEW_USER_FIELDS)?.control ?? null;
}
