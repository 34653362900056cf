import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** An honest placeholder for a feature whose route and guard exist but whose pages do not yet. */
@Component({
  selector: 'mcm-coming-soon',
  template: `
    <h1 class="coming-soon__title">{{ title() }}</h1>
    <p class="coming-soon__text">{{ description() }}</p>
    <p class="coming-soon__note">This part of the portal is coming soon.</p>
  `,
  styles: `
    :host {
      display: block;
      max-width: 48rem;
    }
    .coming-soon__title {
      margin: 0 0 0.5rem;
      font: var(--mat-sys-headline-small);
    }
    .coming-soon__note {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ComingSoon {
  readonly title = input.required<string>();
  readonly description = input.required<string>();
}
