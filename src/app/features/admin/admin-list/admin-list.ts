import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { Router } from '@angular/router';
import { ListStatus } from '../../../shared/list-status/list-status';
import { PageChoice, Paginator } from '../../../shared/paginator/paginator';
import { ADMIN_DEFAULT_PAGE_SIZE, ADMIN_PAGE_SIZES } from '../admin.model';
import { AdminListView } from './admin-list-view';

/**
 * The frame of an admin list: its status line (error banner with "Try again", summary, progress
 * bar), the page's table (projected), and the paginator. What the page projects with
 * `ngProjectAs="[mcmListNotes]"` is shown in the status line, between the banner and the summary.
 * `testId` names the banner (`…-error`) and the summary (`…-summary`). A page or size chosen goes
 * into the URL (`?page=&size=`), which the list's page reads.
 */
@Component({
  selector: 'mcm-admin-list',
  imports: [ListStatus, Paginator],
  template: `
    @let view = list();
    <mcm-list-status
      [errorMessage]="view.errorMessage()"
      [summary]="view.summary()"
      [loading]="view.loading()"
      [loadingLabel]="view.texts.loading"
      [errorTestId]="testId() + '-error'"
      [summaryTestId]="testId() + '-summary'"
      (retry)="view.retry()"
    >
      <ng-content select="[mcmListNotes]" />
    </mcm-list-status>
    <ng-content />
    <mcm-paginator
      [length]="view.totalCount()"
      [page]="view.request().page"
      [pageSize]="view.request().pageSize"
      [pageSizes]="pageSizes"
      [disabled]="view.loading()"
      [label]="view.texts.pages"
      (pageChange)="changePage($event)"
    />
  `,
  styles: ':host { display: block; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminList {
  private readonly router = inject(Router);

  readonly list = input.required<AdminListView>();
  readonly testId = input.required<string>();

  protected readonly pageSizes = ADMIN_PAGE_SIZES;

  protected changePage({ page, pageSize }: PageChoice): void {
    void this.router.navigate([], {
      queryParams: {
        page: page > 1 ? page : null,
        size: pageSize === ADMIN_DEFAULT_PAGE_SIZE ? null : pageSize,
      },
      queryParamsHandling: 'merge',
    });
  }
}
