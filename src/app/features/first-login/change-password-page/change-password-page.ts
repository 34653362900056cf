import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  untracked,
  viewChild,
} from '@angular/core';
import { FormGroupDirective, ReactiveFormsModule } from '@angular/forms';
import {
  createPasswordChangeForm,
  passwordChangeFieldError,
  submittedPasswordChange,
} from '../../../core/auth/password-change/password-change-form';
import { PasswordChangeFields } from '../../../core/auth/password-change/password-change-fields';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { FirstLoginStep } from '../first-login-step/first-login-step';
import { injectStepState } from '../first-login-step/step-state';
import { ChangePasswordPageActions } from '../state/first-login.actions';

/** Forced step: a new password, with the rules listed up front and checked as the user types. */
@Component({
  selector: 'mcm-change-password-page',
  imports: [ReactiveFormsModule, PasswordChangeFields, FirstLoginStep, SubmitButton],
  templateUrl: './change-password-page.html',
  styleUrl: './change-password-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangePasswordPage {
  /** Failures not tied to one field; a field's own error is shown on that field. */
  protected readonly step = injectStepState((error) => passwordChangeFieldError(error) !== null);
  private readonly store = this.step.store;

  private readonly user = this.store.selectSignal(authFeature.selectUser);
  protected readonly userName = computed(() => this.user()?.userName ?? '');

  protected readonly form = createPasswordChangeForm(() => this.userName());

  private readonly formDirective = viewChild.required(FormGroupDirective);
  private readonly passwordFields = viewChild.required(PasswordChangeFields);

  constructor() {
    this.store.dispatch(ChangePasswordPageActions.opened());

    // A failed change keeps no password (but a refused current one keeps the new ones); the
    // server's field error goes on its field.
    effect(() => {
      const error = this.step.error();
      if (!error) return;
      untracked(() => this.passwordFields().settleAfterAnswer(error, this.formDirective()));
    });
  }

  protected changePassword(): void {
    if (this.step.submitting()) return;
    const password = submittedPasswordChange(this.form);
    if (password) this.store.dispatch(ChangePasswordPageActions.submitted({ password }));
  }
}
