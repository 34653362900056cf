import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatOption, MatSelect } from '@angular/material/select';
import { MoneyPipe } from '../../../shared/money/money.pipe';
import { InventoryItem } from '../../../core/wsapi/inventory-item';

/** A line of the sale that sells an item, as the list shows it. */
export interface ItemLineView {
  readonly itemId: string;
  readonly item: InventoryItem | undefined;
  readonly quantity: number;
  readonly error: string | null;
}

/**
 * Items from the inventory on the sale: pick one, say how many, change or remove a line. Takes
 * inputs and emits what the user asked for; the page keeps the lines.
 */
@Component({
  selector: 'mcm-sale-items',
  imports: [MatFormField, MatLabel, MatSelect, MatOption, MatButton, MoneyPipe],
  templateUrl: './sale-items.html',
  styleUrl: './sale-items.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SaleItems {
  readonly catalogue = input.required<readonly InventoryItem[]>();
  readonly lines = input.required<readonly ItemLineView[]>();
  readonly currency = input.required<string>();
  readonly locale = input.required<string>();
  readonly loading = input(false);
  readonly loadError = input<string | null>(null);

  readonly added = output<InventoryItem>();
  readonly quantityChanged = output<{ index: number; quantity: number }>();
  readonly removed = output<number>();
  readonly retried = output<void>();

  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed(
    () => this.catalogue().find((item) => item.id === this.selectedId()) ?? null,
  );

  protected addSelected(): void {
    const item = this.selected();
    if (!item) return;
    this.added.emit(item);
    this.selectedId.set(null);
  }

  protected changeQuantity(index: number, text: string): void {
    const quantity = /^\s*\d{1,4}\s*$/.test(text) ? Number(text) : NaN;
    this.quantityChanged.emit({ index, quantity });
  }
}
