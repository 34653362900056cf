import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialog } from '@angular/material/dialog';
import { Observable, map } from 'rxjs';
import { InventoryItem } from '../../../core/wsapi/inventory-item';
import { DIALOG_IMPORTS, DIALOG_SIZE } from '../../../shared/dialog/dialog-imports';

/** Asks before an item is deleted; closes with `true` only on "Delete". Safe choice focused. */
@Component({
  selector: 'mcm-delete-item-dialog',
  imports: [DIALOG_IMPORTS],
  template: `
    <h2 mat-dialog-title>Delete this item?</h2>
    <mat-dialog-content>
      <p id="delete-item-text">
        <strong data-testid="delete-item-name">{{ item.name }}</strong> (SKU {{ item.sku }}) will be
        removed from your inventory. Past sales that include it are kept.
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false" cdkFocusInitial>Cancel</button>
      <button mat-flat-button type="button" class="delete-item__confirm" [mat-dialog-close]="true">
        Delete
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .delete-item__confirm {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DeleteItemDialog {
  protected readonly item = inject<InventoryItem>(MAT_DIALOG_DATA);
}

/** Opens the confirmation; emits once, `true` when the user chose to delete. */
export function confirmDeleteItem(dialog: MatDialog, item: InventoryItem): Observable<boolean> {
  return dialog
    .open<DeleteItemDialog, InventoryItem, boolean>(DeleteItemDialog, {
      data: item,
      role: 'alertdialog',
      ariaDescribedBy: 'delete-item-text',
      ...DIALOG_SIZE,
    })
    .afterClosed()
    .pipe(map((confirmed) => confirmed === true));
}
