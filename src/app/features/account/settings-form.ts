import { Directive, computed, input } from '@angular/core';
import { SaveState } from './state/account.feature';

/**
 * What every account-settings form shares: the state of its save (from the account store), which
 * its SaveFeedback and its submit button show. A form extends it and adds its own value input,
 * its output and its fields.
 */
@Directive()
export abstract class SettingsForm {
  readonly save = input.required<SaveState>();
  /** A save is under way: the form can not be sent again. */
  protected readonly saving = computed(() => this.save().status === 'saving');
}
