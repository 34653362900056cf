import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { SaveFeedback } from '../save-feedback/save-feedback';
import { SettingsForm } from '../settings-form';
import { FORM_FIELD_IMPORTS } from '../../../shared/forms/form-field-imports';

const FIELDS = { primary_email: 'primaryEmail' } as const;
export const EMAIL_MAX = 254;
const EMAIL_PATTERN = /^\s*[^\s@]+@[^\s@]+\.[^\s@]+\s*$/;

/** The primary email address: where receipts copies and account notices go. */
@Component({
  selector: 'mcm-email-form',
  imports: [FORM_FIELD_IMPORTS, SaveFeedback, SubmitButton],
  templateUrl: './email-form.html',
  styleUrl: '../settings-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmailForm extends SettingsForm {
  readonly email = input.required<string>();
  readonly emailSubmitted = output<string>();

  protected readonly fields = FIELDS;
  protected readonly form = inject(NonNullableFormBuilder).group({
    primaryEmail: [
      '',
      [Validators.required, Validators.maxLength(EMAIL_MAX), Validators.pattern(EMAIL_PATTERN)],
    ],
  });

  constructor() {
    super();
    this.showSetting(this.form, () => ({ primaryEmail: this.email() }), FIELDS);
  }

  protected saveEmail(): void {
    if (!this.readyToSave(this.form)) return;
    this.emailSubmitted.emit(this.form.getRawValue().primaryEmail.trim());
  }
}
