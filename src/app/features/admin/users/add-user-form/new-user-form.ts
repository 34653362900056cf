import { AbstractControl, NonNullableFormBuilder, ValidationErrors } from '@angular/forms';
import {
  personNameValidator,
  temporaryPasswordRuleStates,
  temporaryPasswordValidator,
  userNameValidator,
} from '../new-user-rules';
import { emailValidator } from '../../../../shared/forms/email-address';
import { sameUserName } from '../users.model';

/**
 * The "Add a user" form's controls and rules. `takenName()` is the name the server last said is
 * taken: the user-name field is invalid while it holds that name (in any case).
 */
export function createNewUserForm(
  formBuilder: NonNullableFormBuilder,
  takenName: () => string | null,
) {
  const notTaken = (control: AbstractControl<string>): ValidationErrors | null => {
    const taken = takenName();
    return taken !== null && sameUserName(taken, control.value) ? { taken: true } : null;
  };
  return formBuilder.group({
    userName: ['', [userNameValidator, notTaken]],
    temporaryPassword: ['', temporaryPasswordValidator],
    firstName: ['', personNameValidator],
    lastName: ['', personNameValidator],
    primaryEmail: ['', emailValidator],
  });
}

export type NewUserForm = ReturnType<typeof createNewUserForm>;

/** What the form's template needs of the values: the user name and the rules met, never the password. */
export function newUserSnapshot(form: NewUserForm) {
  const { userName, temporaryPassword } = form.getRawValue();
  return { userName, rules: temporaryPasswordRuleStates(temporaryPassword, userName) };
}
