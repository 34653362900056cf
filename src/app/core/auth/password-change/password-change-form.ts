import { FormControl, FormGroup, Validators } from '@angular/forms';
import { WsapiError, fieldFailure } from '../../wsapi/wsapi-error';
import { matchesNewPassword, newPasswordValidator } from './password-rules';

/** A password change as the user types it: only ever held by this form, never by a store. */
export type PasswordChangeForm = FormGroup<{
  currentPassword: FormControl<string>;
  newPassword: FormControl<string>;
  confirmPassword: FormControl<string>;
}>;

/** The WSAPI's names of the fields a server error can point at, and the control each one is. */
export const PASSWORD_CHANGE_SERVER_FIELDS = {
  current_password: 'currentPassword',
  new_password: 'newPassword',
} as const;

type ServerField = keyof typeof PASSWORD_CHANGE_SERVER_FIELDS;
export type PasswordChangeServerControl = (typeof PASSWORD_CHANGE_SERVER_FIELDS)[ServerField];

const isServerField = (field: string | null): field is ServerField =>
  field !== null && Object.hasOwn(PASSWORD_CHANGE_SERVER_FIELDS, field);

/**
 * The form for changing one's own password: the WSAPI's rules on the new password (see
 * `password-rules.ts`), a matching confirmation. `userName` is read on every check, since a new
 * password must not contain it.
 */
export function createPasswordChangeForm(userName: () => string): PasswordChangeForm {
  const currentPassword = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, Validators.maxLength(256)],
  });
  const newPassword = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, newPasswordValidator(userName)],
  });
  const confirmPassword = new FormControl('', {
    nonNullable: true,
    validators: [Validators.required, matchesNewPassword],
  });
  // Each check reads a sibling, so a change re-checks the field that depends on it. These
  // subscriptions only link controls of this one group, so they go away with it.
  currentPassword.valueChanges.subscribe(() =>
    newPassword.updateValueAndValidity({ emitEvent: false }),
  );
  newPassword.valueChanges.subscribe(() =>
    confirmPassword.updateValueAndValidity({ emitEvent: false }),
  );
  return new FormGroup({ currentPassword, newPassword, confirmPassword });
}

/**
 * What to send for a valid form; null for an invalid one, whose fields are then all touched so
 * each says what is wrong.
 */
export function submittedPasswordChange(
  form: PasswordChangeForm,
): { readonly current: string; readonly next: string } | null {
  if (form.invalid) {
    form.markAllAsTouched();
    return null;
  }
  const { currentPassword, newPassword } = form.getRawValue();
  return { current: currentPassword, next: newPassword };
}

/** The server's error on one of the form's fields, or null when it is not about one of them. */
export function passwordChangeFieldError(
  error: WsapiError | null,
): { readonly control: PasswordChangeServerControl; readonly message: string } | null {
  const failure = fieldFailure(error);
  if (!failure || !isServerField(failure.field)) return null;
  return { control: PASSWORD_CHANGE_SERVER_FIELDS[failure.field], message: failure.message };
}
