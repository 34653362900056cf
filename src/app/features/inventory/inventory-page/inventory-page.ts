import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatAnchor } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { ListStatus } from '../../../shared/list-status/list-status';
import { PageChoice, Paginator } from '../../../shared/paginator/paginator';
import { confirmDeleteItem } from '../delete-item-dialog/delete-item-dialog';
import { inventoryErrorMessage } from '../inventory-errors';
import { InventoryItem } from '../../../core/wsapi/inventory-item';
import { PAGE_SIZES } from '../inventory.model';
import { ItemTable } from '../item-table/item-table';
import { InventoryPageActions } from '../state/inventory.actions';
import { inventoryFeature } from '../state/inventory.feature';
import { messageOf } from '../../../shared/error-message/message-of';

/** The inventory: search (by name or SKU) and pages from the server, add, edit, delete. */
@Component({
  selector: 'mcm-inventory-page',
  imports: [
    RouterLink,
    MatAnchor,
    MatFormField,
    MatLabel,
    MatInput,
    Paginator,
    ListStatus,
    ItemTable,
  ],
  templateUrl: './inventory-page.html',
  styleUrl: './inventory-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InventoryPage {
  private readonly store = inject(Store);
  private readonly dialog = inject(MatDialog);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly pageSizes = PAGE_SIZES;
  protected readonly query = this.store.selectSignal(inventoryFeature.selectQuery);
  protected readonly items = this.store.selectSignal(inventoryFeature.selectItems);
  protected readonly totalCount = this.store.selectSignal(inventoryFeature.selectTotalCount);
  protected readonly loading = this.store.selectSignal(inventoryFeature.selectLoading);
  protected readonly deletingId = this.store.selectSignal(inventoryFeature.selectDeletingId);
  protected readonly locale = this.store.selectSignal(authFeature.selectLocale);
  private readonly loadError = this.store.selectSignal(inventoryFeature.selectLoadError);
  private readonly deleteError = this.store.selectSignal(inventoryFeature.selectDeleteError);

  private readonly searchBox = viewChild.required<ElementRef<HTMLInputElement>>('searchBox');

  protected readonly loadErrorMessage = messageOf(this.loadError, (error) =>
    inventoryErrorMessage(error, 'Loading the items'),
  );
  protected readonly deleteErrorMessage = messageOf(this.deleteError, (error) =>
    inventoryErrorMessage(error, 'Deleting the item'),
  );

  /** What the list holds, said once per change (a polite live region). */
  protected readonly summary = computed(() => {
    if (this.loading()) return 'Loading items…';
    if (this.loadError()) return '';
    const total = this.totalCount();
    const q = this.query().q.trim();
    if (total === 0) return q ? `No items match “${q}”.` : 'No items yet.';
    if (total === 1) return q ? `1 item matches “${q}”.` : '1 item.';
    return q ? `${total} items match “${q}”.` : `${total} items.`;
  });

  protected readonly caption = computed(() => {
    const { page, pageSize } = this.query();
    const pages = Math.max(1, Math.ceil(this.totalCount() / pageSize));
    return `Inventory items by name, page ${page} of ${pages}`;
  });

  constructor() {
    this.store.dispatch(InventoryPageActions.opened());
  }

  protected search(q: string): void {
    if (q === this.query().q) return;
    this.store.dispatch(InventoryPageActions.searchChanged({ q }));
  }

  protected changePage({ page, pageSize }: PageChoice): void {
    this.store.dispatch(InventoryPageActions.pageChanged({ page, pageSize }));
  }

  protected retry(): void {
    this.store.dispatch(InventoryPageActions.retryClicked());
  }

  /** Asks first; on "Delete", focus moves to the search box, since the row will go away. */
  protected deleteItem(item: InventoryItem): void {
    confirmDeleteItem(this.dialog, item)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((confirmed) => {
        if (!confirmed) return;
        this.store.dispatch(InventoryPageActions.deleteConfirmed({ item }));
        this.searchBox().nativeElement.focus();
      });
  }
}
