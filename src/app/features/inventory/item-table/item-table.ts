import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatAnchor, MatButton } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { narrowScreen } from '../../../shared/layout/narrow-screen';
import { MoneyPipe } from '../../../shared/money/money.pipe';
import { RowAction } from '../../../shared/stacked-list/row-actions';
import { StackedList } from '../../../shared/stacked-list/stacked-list';
import { StackedRow } from '../../../shared/stacked-list/stacked-row';
import { InventoryItem } from '../../../core/wsapi/inventory-item';

/**
 * One page of items as a table. Names are API data: they are interpolated as text, never HTML.
 * Editing is a link to the item's page; deleting is asked of the parent, which confirms first.
 * On a phone the items are stacked rows, with Edit and Delete in each row's menu.
 */
@Component({
  selector: 'mcm-item-table',
  imports: [RouterLink, MatAnchor, MatButton, MoneyPipe, StackedList, StackedRow],
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

  protected readonly narrow = narrowScreen();

  /** A stacked row's menu: Edit (a link) and Delete (the only button action). */
  protected actionsFor(item: InventoryItem): readonly RowAction[] {
    const deleting = this.deletingId() === item.id;
    return [
      { id: 'edit', label: 'Edit', link: ['/inventory', item.id] },
      { id: 'delete', label: deleting ? 'Deleting…' : 'Delete', danger: true, disabled: deleting },
    ];
  }
}
