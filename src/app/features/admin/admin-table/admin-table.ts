import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/**
 * The frame of an admin list's table: scrolls sideways on a narrow screen, names itself in a
 * caption. The page projects its `<thead>` and `<tbody>` (and styles their cells).
 */
@Component({
  selector: 'mcm-admin-table',
  template: `
    <div class="table-scroll">
      <table [attr.data-testid]="testId()">
        <caption>
          {{
            caption()
          }}
        </caption>
        <ng-content />
      </table>
    </div>
  `,
  styleUrl: './admin-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminTable {
  readonly caption = input.required<string>();
  readonly testId = input.required<string>();
}
