import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { Router } from '@angular/router';
import { ADMIN_DEFAULT_PAGE_SIZE, ADMIN_PAGE_SIZES } from '../admin.model';
import { AdminListView } from '../admin-list/admin-list-view';

/**
 * The pages of an admin list, shown only when there is more than one page of the smallest size.
 * A page or size chosen goes into the URL (`?page=&size=`), which the list's page reads.
 */
@Component({
  selector: 'mcm-admin-paginator',
  imports: [MatPaginator],
  template: `
    @let view = list();
    @if (view.totalCount() > pageSizes[0]) {
      <mat-paginator
        [length]="view.totalCount()"
        [pageIndex]="view.request().page - 1"
        [pageSize]="view.request().pageSize"
        [pageSizeOptions]="pageSizes"
        [disabled]="view.loading()"
        [attr.aria-label]="view.texts.pages"
        (page)="changePage($event)"
      />
    }
  `,
  styles: ':host { display: block; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPaginator {
  private readonly router = inject(Router);

  /** The list paged: its total, the page and size shown, whether it is loading, its words. */
  readonly list = input.required<AdminListView>();

  protected readonly pageSizes = ADMIN_PAGE_SIZES;

  protected changePage({ pageIndex, pageSize }: PageEvent): void {
    void this.router.navigate([], {
      queryParams: {
        page: pageIndex > 0 ? pageIndex + 1 : null,
        size: pageSize === ADMIN_DEFAULT_PAGE_SIZE ? null : pageSize,
      },
      queryParamsHandling: 'merge',
    });
  }
}
