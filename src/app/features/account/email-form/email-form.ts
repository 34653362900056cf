import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { SaveFeedback } from '../save-feedback/save-feedback';
import { FORM_FIELD_IMPORTS } from '../../../shared/forms/form-field-imports';
import { readyToSubmit, resetFormWith, showServerErrors } from '../../../shared/forms/form-submit';
import { SaveState } from '../state/account.feature';

const FIELDS = { primary_email: 'primaryEmail' } as const;
export const EMAIL_MAX = 254;
const EMAIL_PATTERN = /^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/;

/** The primary email address: where receipts copies and account notices go. */
@Component({
  selector: 'mcm-email-form',
  imports: [FORM_FIELD_IMPORTS, SaveFeedback],
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
    resetFormWith(this.form, () => ({ primaryEmail: this.email() }));
    showServerErrors(this.form, () => this.save().error, FIELDS);
  }

  protected saveEmail(): void {
    if (!readyToSubmit(this.form, this.save().status === 'saving')) return;
    this.emailSubmitted.emit(this.form.getRawValue().primaryEmail.trim());
  }
}
