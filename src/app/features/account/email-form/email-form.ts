import {
  ChangeDetectionStrategy,
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
import { readyToSubmit, showServerErrors } from '../server-errors';
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
    showServerErrors(this.form, this.save, FIELDS);
  }

  protected saveEmail(): void {
    if (!readyToSubmit(this.form, this.save)) return;
    this.emailSubmitted.emit(this.form.getRawValue().primaryEmail.trim());
  }
}
