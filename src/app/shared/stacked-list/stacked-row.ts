import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { RowAction, RowActions } from './row-actions';

/**
 * One row of a stacked list, as a phone shows a list: what it is (`mcmRowTitle`) and the facts
 * under it (`mcmRowMeta`, wrapping as they need) on the left; the status and amount (`mcmRowEnd`)
 * on the right; its actions, if any, in an "Actions for <name>" menu at the end.
 */
@Component({
  selector: 'mcm-stacked-row',
  imports: [RowActions],
  host: { role: 'listitem' },
  template: `
    <div class="main">
      <div class="title"><ng-content select="[mcmRowTitle]" /></div>
      <div class="meta"><ng-content select="[mcmRowMeta]" /></div>
    </div>
    <div class="end"><ng-content select="[mcmRowEnd]" /></div>
    @if (actions().length > 0) {
      <mcm-row-actions
        [actions]="actions()"
        [rowName]="name()"
        (chosen)="actionChosen.emit($event)"
      />
    }
  `,
  styleUrl: './stacked-row.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StackedRow {
  /** The row's name, for its actions' button ("Actions for …"). */
  readonly name = input('');
  readonly actions = input<readonly RowAction[]>([]);
  readonly actionChosen = output<string>();
}
