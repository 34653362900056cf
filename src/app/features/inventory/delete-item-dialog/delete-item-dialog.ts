import { MatDialog } from '@angular/material/dialog';
import { Observable } from 'rxjs';
import { InventoryItem } from '../../../core/wsapi/inventory-item';
import { confirmWith } from '../../../shared/dialog/confirm-dialog';

/** Asks before an item is deleted; emits once, `true` when the user chose "Delete". */
export function confirmDeleteItem(dialog: MatDialog, item: InventoryItem): Observable<boolean> {
  return confirmWith(dialog, {
    title: 'Delete this item?',
    subject: item.name,
    text: `(SKU ${item.sku}) will be removed from your inventory. Past sales that include it are kept.`,
    cancelLabel: 'Cancel',
    confirmLabel: 'Delete',
    destructive: true,
  });
}
