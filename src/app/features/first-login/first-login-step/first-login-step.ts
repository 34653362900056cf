import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The card of a first-login step: its heading (which labels the card), what the step asks, and
 * the step's failure as an alert. The page's form goes inside.
 */
@Component({
  selector: 'mcm-first-login-step',
  template: `
    <section class="step" [attr.aria-labelledby]="titleId()">
      <h1 [id]="titleId()" class="step__title">{{ heading() }}</h1>
      <p class="step__intro">{{ intro() }}</p>

      <div aria-live="assertive" aria-atomic="true">
        @if (errorMessage(); as message) {
          <p role="alert" class="step__error" data-testid="step-error">{{ message }}</p>
        }
      </div>

      <ng-content />
    </section>
  `,
  styleUrl: '../_first-login-step.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FirstLoginStep {
  /** The heading's id, for `aria-labelledby` (of the card, and of anything else it names). */
  readonly titleId = input.required<string>();
  readonly heading = input.required<string>();
  readonly intro = input.required<string>();
  readonly errorMessage = input.required<string | null>();
}
