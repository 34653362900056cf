import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  untracked,
  viewChild,
} from '@angular/core';
import { FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Store } from '@ngrx/store';
import {
  createPasswordChangeForm,
  passwordChangeFieldError,
  submittedPasswordChange,
} from '../../../core/auth/password-change/password-change-form';
import { PasswordChangeFields } from '../../../core/auth/password-change/password-change-fields';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { firstLoginErrorMessage } from '../first-login-messages';
import { ChangePasswordPageActions } from '../state/first-login.actions';
import { firstLoginFeature } from '../state/first-login.feature';

/** Forced step: a new password, with the rules listed up front and checked as the user types. */
@Component({
  selector: 'mcm-change-password-page',
  imports: [ReactiveFormsModule, MatButton, MatProgressBar, PasswordChangeFields],
  templateUrl: './change-password-page.html',
  styleUrl: './change-password-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  private readonly store = inject(Store);

  protected readonly submitting = this.store.selectSignal(firstLoginFeature.selectSubmitting);
  private readonly error = this.store.selectSignal(firstLoginFeature.selectError);
  private readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly userName = computed(() => this.user()?.userName ?? '');

  protected readonly form = createPasswordChangeForm(() => this.userName());

  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly passwordFields = viewChild.required(PasswordChangeFields);

  /** Failures not tied to one field; a field's own error is shown on that field. */
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    if (!error || passwordChangeFieldError(error)) return null;
    return firstLoginErrorMessage(error);
  });

  constructor() {
    this.store.dispatch(ChangePasswordPageActions.opened());

    // A failed change never keeps a password; the server's field error goes on its field.
    effect(() => {
      const error = this.error();
      if (!error) return;
      untracked(() => {
        this.formDirective().resetForm();
        this.passwordFields().showServerError(error);
      });
    });
  }

  protected changePassword(): void {
    if (this.submitting()) return;
    const password = submittedPasswordChange(this.form);
    if (password) this.store.dispatch(ChangePasswordPageActions.submitted({ password }));
  }
}
