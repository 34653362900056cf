import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatPaginator, PageEvent } from '@angular/material/paginator';
import { narrowScreen } from '../layout/narrow-screen';

/** The page (from 1) and page size a reader chose. */
export interface PageChoice {
  readonly page: number;
  readonly pageSize: number;
}

/**
 * The pages of a list, the same on every list: Material's paginator (its keyboard use, its named
 * buttons, the "1 – 25 of 30" range), with first and last page buttons, shown only when there is
 * more than one page of the smallest size. On a phone it drops the "Items per page" words and
 * wraps under the list. The page keeps its own URL or store: it is told the page chosen.
 */
@Component({
  selector: 'mcm-paginator',
  imports: [MatPaginator],
  template: `
    @if (length() > pageSizes()[0]) {
      <mat-paginator
        [class.narrow]="narrow()"
        [length]="length()"
        [pageIndex]="page() - 1"
        [pageSize]="pageSize()"
        [pageSizeOptions]="pageSizes()"
        [disabled]="disabled()"
        showFirstLastButtons
        [attr.aria-label]="label()"
        (page)="choose($event)"
      />
    }
  `,
  styleUrl: './paginator.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Paginator {
  /** How many there are in all. */
  readonly length = input.required<number>();
  /** The page shown, from 1. */
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly pageSizes = input.required<readonly number[]>();
  /** While the list loads. */
  readonly disabled = input(false);
  /** Its accessible name: "Pages of transactions". */
  readonly label = input.required<string>();
  readonly pageChange = output<PageChoice>();

  protected readonly narrow = narrowScreen();

  protected choose({ pageIndex, pageSize }: PageEvent): void {
    this.pageChange.emit({ page: pageIndex + 1, pageSize });
  }
}
