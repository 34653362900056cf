import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  effect,
  inject,
  input,
  output,
  untracked,
} from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { SaveFeedback } from '../save-feedback/save-feedback';
import { applyServerError } from '../server-errors';
import { SaveState } from '../state/account.feature';

const FIELDS = { primary_email: 'primaryEmail' } as const;
export const EMAIL_MAX = 254;
const EMAIL_PATTERN = /^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/;

/** The primary email address: where receipts copies and account notices go. */
@Component({
  selector: 'mcm-email-form',
  imports: [
    ReactiveFormsModule,
    MatFormField,
    MatLabel,
    MatError,
    MatInput,
    MatButton,
    SaveFeedback,
  ],
  templateUrl: './email-form.html',
  styleUrl: '../settings-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmailForm {
  private readonly changeDetector = inject(ChangeDetectorRef);

  readonly email = input.required<string>();
  readonly save = input.required<SaveState>();
  readonly emailSubmitted = output<string>();

  protected readonly fields = FIELDS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    primaryEmail: [
      '',
      [Validators.required, Validators.maxLength(EMAIL_MAX), Validators.pattern(EMAIL_PATTERN)],
    ],
  });

  constructor() {
    effect(() => {
      const primaryEmail = this.email();
      untracked(() => this.form.reset({ primaryEmail }));
    });
    effect(() => {
      const { error } = this.save();
      untracked(() => {
        applyServerError(this.form, error, FIELDS);
        this.changeDetector.markForCheck();
      });
    });
  }

  protected saveEmail(): void {
    if (this.save().status === 'saving') return;
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    this.emailSubmitted.emit(this.form.getRawValue().primaryEmail.trim());
  }
}
