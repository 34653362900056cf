import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';

/**
 * The submit button of a first-login step, inside its `<form>`: "Saving…" and disabled while the
 * step is saved, with a progress bar under it. Its host takes no box of its own, so the button
 * and the bar are items of the form's layout.
 */
@Component({
  selector: 'mcm-step-submit',
  imports: [MatButton, MatProgressBar],
  template: `
    <button mat-flat-button type="submit" [disabled]="submitting()" class="step__submit">
      {{ submitting() ? 'Saving…' : label() }}
    </button>
    @if (submitting()) {
      <mat-progress-bar mode="indeterminate" [aria-label]="progressLabel()" />
    }
  `,
  styleUrl: '../_first-login-step.scss',
  styles: ':host { display: contents; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StepSubmit {
  readonly submitting = input.required<boolean>();
  /** The button's text, e.g. "Save and continue". */
  readonly label = input.required<string>();
  /** What the progress bar says while saving, e.g. "Saving your email address". */
  readonly progressLabel = input.required<string>();
}
