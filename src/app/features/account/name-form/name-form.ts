import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { NAME_MAX, NameChange } from '../account.model';
import { SubmitButton } from '../../../shared/forms/submit-button';
import { SaveFeedback } from '../save-feedback/save-feedback';
import { SettingsForm } from '../settings-form';
import { FORM_FIELD_IMPORTS } from '../../../shared/forms/form-field-imports';
import { notBlank } from '../../../shared/forms/form-submit';

const FIELDS = {
  first_name: 'firstName',
  middle_name_initial: 'middleNameInitial',
  last_name: 'lastName',
} as const;

/** First name, middle initial and last name (`account.permissions.change_name`). */
@Component({
  selector: 'mcm-name-form',
  imports: [FORM_FIELD_IMPORTS, SaveFeedback, SubmitButton],
  templateUrl: './name-form.html',
  styleUrl: '../settings-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NameForm extends SettingsForm {
  readonly name = input.required<NameChange>();
  readonly nameSubmitted = output<NameChange>();

  protected readonly fields = FIELDS;
  protected readonly maxLength = NAME_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    firstName: ['', [Validators.required, notBlank, Validators.maxLength(NAME_MAX)]],
    middleNameInitial: ['', [Validators.pattern(/^\s*\p{L}?\s*$/u)]],
    lastName: ['', [Validators.required, notBlank, Validators.maxLength(NAME_MAX)]],
  });

  constructor() {
    super();
    // The form shows the name on file: at first, and again once a change is saved.
    this.showSetting(this.form, this.name, FIELDS);
  }

  protected saveName(): void {
    if (!this.readyToSave(this.form)) return;
    const { firstName, middleNameInitial, lastName } = this.form.getRawValue();
    this.nameSubmitted.emit({
      firstName: firstName.trim(),
      middleNameInitial: middleNameInitial.trim(),
      lastName: lastName.trim(),
    });
  }
}
