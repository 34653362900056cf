import {
  ChangeDetectionStrategy,
  Component,
  effect,
  input,
  output,
  untracked,
  viewChild,
} from '@angular/core';
import { FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import {
  PASSWORD_CHANGE_SERVER_FIELDS,
  createPasswordChangeForm,
  submittedPasswordChange,
} from '../../../core/auth/password-change/password-change-form';
import { PasswordChangeFields } from '../../../core/auth/password-change/password-change-fields';
import { PasswordChange } from '../account.model';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { SaveFeedback } from '../save-feedback/save-feedback';
import { SettingsForm } from '../settings-form';

/** A new password, with the same rules as the first-login step, checked as the user types. */
@Component({
  selector: 'mcm-password-form',
  imports: [ReactiveFormsModule, SaveFeedback, PasswordChangeFields, SubmitButton],
  templateUrl: './password-form.html',
  styleUrls: ['../settings-form.scss', './password-form.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PasswordForm extends SettingsForm {
  readonly userName = input.required<string>();
  readonly passwordSubmitted = output<PasswordChange>();

  protected readonly fields = PASSWORD_CHANGE_SERVER_FIELDS;
  protected readonly form = createPasswordChangeForm(() => this.userName());

  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly passwordFields = viewChild.required(PasswordChangeFields);

  constructor() {
    super();
    // Passwords go once the server answered (a refused current password keeps the new ones).
    effect(() => {
      const { status, error } = this.save();
      if (status !== 'saved' && status !== 'failed') return;
      untracked(() => this.passwordFields().settleAfterAnswer(error, this.formDirective()));
    });
  }

  protected changePassword(): void {
    if (this.saving()) return;
    const change = submittedPasswordChange(this.form);
    if (change) this.passwordSubmitted.emit(change);
  }
}
