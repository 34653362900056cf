import { Directive, computed, input } from '@angular/core';
import { AbstractControl, FormGroup } from '@angular/forms';
import { readyToSubmit, resetFormWith, showServerErrors } from '../../shared/forms/form-submit';
import { SaveState } from './state/account.feature';

/**
 * What every account-settings form shares: the state of its save (from the account store), which
 * its SaveFeedback and its submit button show. A form extends it and adds its own value input,
 * its output and its fields.
 */
@Directive()
export abstract class SettingsForm {
  readonly save = input.required<SaveState>();
  protected abstract readonly form: AbstractControl;
  /** A save is under way: the form can not be sent again. */
  protected readonly saving = computed(() => this.save().status === 'saving');

  /**
   * In the form's constructor: `form` shows `onFile()` (at first, and again once a change is
   * saved), and a save refused because of one of `fields` (WSAPI name → control) shows the
   * server's message on that field.
   */
  protected showSetting<T, F extends string>(
    form: FormGroup & { reset(value: T): void },
    onFile: () => T,
    fields: Readonly<Record<string, F>>,
  ): void {
    resetFormWith(form, onFile);
    showServerErrors(form, () => this.save().error, fields);
  }

  /** Edits not saved yet: the form is reset to what is on file once a change is saved. */
  hasUnsavedChanges(): boolean {
    return this.form.dirty;
  }

  /** Whether `form` may be sent now: not while saving; an invalid one shows its errors instead. */
  protected readyToSave(form: AbstractControl): boolean {
    return readyToSubmit(form, this.saving());
  }
}
