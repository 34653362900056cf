import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MoneyPipe } from '../../../shared/money/money.pipe';
import { InventoryItem } from '../../../core/wsapi/inventory-item';

/**
 * One page of items as a table. Names are API data: they are interpolated as text, never HTML.
 * Editing is a link to the item's page; deleting is asked of the parent, which confirms first.
 */
@Component({
  selector: 'mcm-item-table',
  imports: [RouterLink, MatAnchor, MatButton, MoneyPipe],
  templateUrl: './item-table.html',
  styleUrl: './item-table.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemTable {
  readonly items = input.required<readonly InventoryItem[]>();
  readonly locale = input.required<string>();
  readonly caption = input.required<string>();
  /** The item whose deletion is under way: its button is disabled. */
  readonly deletingId = input<string | null>(null);
  readonly deleteRequested = output<InventoryItem>();
}
