import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  untracked,
  viewChild,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { fieldErrorOf } from '../../../core/wsapi/wsapi-error';
import { firstLoginErrorMessage } from '../first-login-messages';
import { ChangeEmailPageActions } from '../state/first-login.actions';
import { firstLoginFeature } from '../state/first-login.feature';

const EMAIL_FIELD = 'primary_email';

/** Forced step: confirm or change the primary email, prefilled with the one on file. */
@Component({
  selector: 'mcm-change-email-page',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatHint,
    MatInput,
    MatButton,
    MatProgressBar,
  ],
  templateUrl: './change-email-page.html',
  styleUrl: './change-email-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeEmailPage {
  private readonly store = inject(Store);
  private readonly changeDetector = inject(ChangeDetectorRef);

  protected readonly submitting = this.store.selectSignal(firstLoginFeature.selectSubmitting);
  private readonly error = this.store.selectSignal(firstLoginFeature.selectError);
  private readonly user = this.store.selectSignal(authFeature.selectUser);

  protected readonly form = inject(NonNullableFormBuilder).group({
    primaryEmail: [
      this.user()?.primaryEmail ?? '',
      [Validators.required, Validators.email, Validators.maxLength(254)],
    ],
  });

  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');

  /** Failures not about the address itself; those are shown on the field. */
  protected readonly errorMessage = computed(() => {
    const error = this.error();
    if (!error || fieldErrorOf(error, EMAIL_FIELD) !== null) return null;
    return firstLoginErrorMessage(error);
  });

  constructor() {
    this.store.dispatch(ChangeEmailPageActions.opened());

    effect(() => {
      const message = fieldErrorOf(this.error(), EMAIL_FIELD);
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
    if (this.submitting()) return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.store.dispatch(
      ChangeEmailPageActions.submitted({
        primaryEmail: this.form.getRawValue().primaryEmail.trim(),
      }),
    );
  }
}
