import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ListStatus } from '../../../shared/list-status/list-status';
import { AdminPaginator } from '../admin-paginator/admin-paginator';
import { AdminListView } from './admin-list-view';

/**
 * The frame of an admin list: its status line (error banner with "Try again", summary, progress
 * bar), the page's table (projected), and the paginator. What the page projects with
 * `ngProjectAs="[mcmListNotes]"` is shown in the status line, between the banner and the summary.
 * `testId` names the banner (`…-error`) and the summary (`…-summary`).
 */
@Component({
  selector: 'mcm-admin-list',
  imports: [ListStatus, AdminPaginator],
  template: `
    <mcm-list-status
      [errorMessage]="list().errorMessage()"
      [summary]="list().summary()"
      [loading]="list().loading()"
      [loadingLabel]="list().texts.loading"
      [errorTestId]="testId() + '-error'"
      [summaryTestId]="testId() + '-summary'"
      (retry)="list().retry()"
    >
      <ng-content select="[mcmListNotes]" />
    </mcm-list-status>
    <ng-content />
    <mcm-admin-paginator [list]="list()" />
  `,
  styles: ':host { display: block; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminList {
  readonly list = input.required<AdminListView>();
  readonly testId = input.required<string>();
}
