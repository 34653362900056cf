import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { Router } from '@angular/router';
import { ADMIN_DEFAULT_PAGE_SIZE, ADMIN_PAGE_SIZES } from '../admin.model';

/**
 * The pages of an admin list, shown only when there is more than one page of the smallest size.
 * A page or size chosen goes into the URL (`?page=&size=`), which the list's page reads.
 */
@Component({
  selector: 'mcm-admin-paginator',
  imports: [MatPaginator],
  template: `
    @if (totalCount() > pageSizes[0]) {
      <mat-paginator
        [length]="totalCount()"
        [pageIndex]="page() - 1"
        [pageSize]="pageSize()"
        [pageSizeOptions]="pageSizes"
        [disabled]="disabled()"
        [attr.aria-label]="label()"
        (page)="changePage($event)"
      />
    }
  `,
  styles: ':host { display: block; }',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AdminPaginator {
  private readonly router = inject(Router);

  readonly totalCount = input.required<number>();
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly disabled = input(false);
  /** The paginator's accessible name ("Pages of merchants"). */
  readonly label = input.required<string>();

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
