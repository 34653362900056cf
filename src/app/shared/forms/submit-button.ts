import { ChangeDetectionStrategy, Component, booleanAttribute, input } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressBar } from '@angular/material/progress-bar';

/**
 * A form's submit button, inside its `<form>`: disabled and saying "Saving…" (`busyLabel`)
 * while `busy`, with an optional progress bar under it then (given `progressLabel`). Its host
 * takes no box of its own, so the button (and the bar) are items of the form's own layout.
 */
@Component({
  selector: 'mcm-submit-button',
  imports: [MatButton, MatProgressBar],
  template: `
    <button mat-flat-button type="submit" [disabled]="busy()" [class.submit-button--tall]="tall()">
      {{ busy() ? busyLabel() : label() }}
    </button>
    @if (busy() && progressLabel()) {
      <mat-progress-bar mode="indeterminate" [aria-label]="progressLabel()!" />
    }
  `,
  styles: `
    :host {
      display: contents;
    }
    .submit-button--tall {
      height: 3rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SubmitButton {
  readonly busy = input.required<boolean>();
  /** The button's text, e.g. "Save and continue". */
  readonly label = input.required<string>();
  readonly busyLabel = input('Saving…');
  /** What the progress bar says while busy, e.g. "Saving your email address"; none without it. */
  readonly progressLabel = input<string | null>(null);
  /** A 3rem button, as on the first-login steps. */
  readonly tall = input(false, { transform: booleanAttribute });
}
