import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, Validators } from '@angular/forms';
import { NAME_MAX, NameChange } from '../account.model';
import { SaveFeedback } from '../save-feedback/save-feedback';
import { FORM_FIELD_IMPORTS } from '../../../shared/forms/form-field-imports';
import {
  notBlank,
  readyToSubmit,
  resetFormWith,
  showServerErrors,
} from '../../../shared/forms/form-submit';
import { SaveState } from '../state/account.feature';

const FIELDS = {
  first_name: 'firstName',
  middle_name_initial: 'middleNameInitial',
  last_name: 'lastName',
} as const;

/** First name, middle initial and last name (`account.permissions.change_name`). */
@Component({
  selector: 'mcm-name-form',
  imports: [FORM_FIELD_IMPORTS, SaveFeedback],
  templateUrl: './name-form.html',
  styleUrl: '../settings-form.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NameForm {
  readonly name = input.required<NameChange>();
  readonly save = input.required<SaveState>();
  readonly nameSubmitted = output<NameChange>();

  protected readonly fields = FIELDS;
  protected readonly maxLength = NAME_MAX;
  protected readonly form = inject(NonNullableFormBuilder).group({
    firstName: ['', [Validators.required, notBlank, Validators.maxLength(NAME_MAX)]],
    middleNameInitial: ['', [Validators.pattern(/^\s*\p{L}?\s*$/u)]],
    lastName: ['', [Validators.required, notBlank, Validators.maxLength(NAME_MAX)]],
  });

  constructor() {
    // The form shows the name on file: at first, and again once a change is saved.
    resetFormWith(this.form, this.name);
    showServerErrors(this.form, () => this.save().error, FIELDS);
  }

  protected saveName(): void {
    if (!readyToSubmit(this.form, this.save().status === 'saving')) return;
    const { firstName, middleNameInitial, lastName } = this.form.getRawValue();
    this.nameSubmitted.emit({
      firstName: firstName.trim(),
      middleNameInitial: middleNameInitial.trim(),
      lastName: lastName.trim(),
    });
  }
}
