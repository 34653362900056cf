import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formErrorMessage } from '../account-messages';
import { SaveState } from '../state/account.feature';

/**
 * What a settings form says after a save: the failure (unless it belongs to one of the form's
 * fields, which shows it itself) as an alert, or the confirmation as a status.
 */
@Component({
  selector: 'mcm-save-feedback',
  template: `
    <div aria-live="assertive" aria-atomic="true">
      @if (errorText(); as message) {
        <p role="alert" class="feedback feedback--error">{{ message }}</p>
      }
    </div>
    <div aria-live="polite" aria-atomic="true">
      @if (save().status === 'saved') {
        <p role="status" class="feedback feedback--saved">{{ savedText() }}</p>
      }
    </div>
  `,
  styles: `
    .feedback {
      margin: 0 0 0.75rem;
      font: var(--mat-sys-body-medium);
    }
    .feedback--error {
      color: var(--mat-sys-error);
    }
    .feedback--saved {
      color: var(--mat-sys-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaveFeedback {
  readonly save = input.required<SaveState>();
  readonly savedText = input.required<string>();
  /** The WSAPI field names the form shows on its own controls. */
  readonly fields = input<Readonly<Record<string, string>>>({});

  protected readonly errorText = computed(() => formErrorMessage(this.save().error, this.fields()));
}
