import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  effect,
  inject,
  untracked,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { fieldErrorOf } from '../../../core/wsapi/wsapi-error';
import { FORM_FIELD_IMPORTS } from '../../../shared/forms/form-field-imports';
import { readyToSubmit } from '../../../shared/forms/form-submit';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { FirstLoginStep } from '../first-login-step/first-login-step';
import { injectStepState } from '../first-login-step/step-state';
import { ChangeEmailPageActions } from '../state/first-login.actions';

const EMAIL_FIELD = 'primary_email';

/** Forced step: confirm or change the primary email, prefilled with the one on file. */
@Component({
  selector: 'mcm-change-email-page',
  imports: [FORM_FIELD_IMPORTS, FirstLoginStep, SubmitButton],
  templateUrl: './change-email-page.html',
  styleUrl: './change-email-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeEmailPage {
  /** A failure about the address itself is shown on the field, not in the step's alert. */
  protected readonly step = injectStepState((error) => fieldErrorOf(error, EMAIL_FIELD) !== null);
  private readonly store = this.step.store;
  private readonly changeDetector = inject(ChangeDetectorRef);

  private readonly user = this.store.selectSignal(authFeature.selectUser);

  protected readonly form = inject(NonNullableFormBuilder).group({
    primaryEmail: [
      this.user()?.primaryEmail ?? '',
      [Validators.required, Validators.email, Validators.maxLength(254)],
    ],
  });

  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');

  constructor() {
    this.store.dispatch(ChangeEmailPageActions.opened());

    effect(() => {
      const message = fieldErrorOf(this.step.error(), EMAIL_FIELD);
      if (message === null) return;
      untracked(() => {
        const control = this.form.controls.primaryEmail;
        control.setErrors({ server: message });
        control.markAsTouched();
        this.emailInput().nativeElement.focus();
        this.changeDetector.markForCheck();
      });
    });
  }

  protected changeEmail(): void {
    if (!readyToSubmit(this.form, this.step.submitting())) return;
    this.store.dispatch(
      ChangeEmailPageActions.submitted({
        primaryEmail: this.form.getRawValue().primaryEmail.trim(),
      }),
    );
  }
}
