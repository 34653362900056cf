import { ChangeDetectionStrategy, Component, input } from '@angular/core';

let nextId = 0;

/**
 * A list as a phone shows it, in place of a table on a narrow screen (see `narrowScreen()`): the
 * table's caption, then `mcm-stacked-row`s (projected) in a list named by it. `testId` marks the
 * list, as the table's test id marks the table.
 */
@Component({
  selector: 'mcm-stacked-list',
  template: `
    <p class="caption" [id]="captionId()">{{ caption() }}</p>
    <div role="list" [attr.aria-labelledby]="captionId()" [attr.data-testid]="testId()">
      <ng-content />
    </div>
  `,
  styles: `
    :host {
      display: block;
    }

    .caption {
      margin: 0;
      padding: 0 0 0.25rem;
      border-bottom: 1px solid var(--mat-sys-outline-variant);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StackedList {
  readonly caption = input.required<string>();
  readonly testId = input<string>();
  /** The caption's id, for a region around the list to be named by it (one of its own if not given). */
  readonly captionId = input(`mcm-stacked-list-${nextId++}`);
}
