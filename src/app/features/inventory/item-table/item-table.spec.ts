import { InventoryItem } from '../../../core/wsapi/inventory-item';
import { MUG } from '../../../core/wsapi/inventory-item.testing';
import { renderOnPhone } from '../../../shared/stacked-list/stacked-list.testing';
import { ItemTable } from './item-table';

const item = (changes: Partial<InventoryItem>): InventoryItem => ({
  ...MUG,
  id: 'item_1',
  ...changes,
});

describe('ItemTable on a phone', () => {
  async function render(deletingId: string | null = null) {
    const phone = await renderOnPhone(ItemTable, {
      items: [item({}), item({ id: 'item_2', name: 'Gift Card', stock: null, active: false })],
      locale: 'en-US',
      caption: 'Inventory items by name, page 1 of 1',
      deletingId,
    });
    const deleted: InventoryItem[] = [];
    phone.fixture.componentInstance.deleteRequested.subscribe((chosen) => deleted.push(chosen));
    return { ...phone, deleted };
  }

  it('stacks the items under the caption, with no table: name and facts, price on the right', async () => {
    const { element, rows } = await render();
    expect(element.querySelector('table')).toBeNull();
    expect(element.querySelector('[role="list"]')!.getAttribute('data-testid')).toBe(
      'inventory-list',
    );
    expect(element.textContent).toContain('Inventory items by name, page 1 of 1');
    const [mug, gift] = rows();
    expect(mug.querySelector('[data-testid="item-name"]')!.textContent).toBe('Ceramic Mug');
    expect(mug.textContent).toContain('RTL-MUG');
    expect(mug.textContent).toContain('25 in stock');
    expect(mug.querySelector('[data-testid="item-price"]')!.textContent?.trim()).toBe('$18.00');
    expect(gift.textContent).toContain('Inactive');
    expect(gift.textContent).toContain('Stock not tracked');
  });

  it('puts Edit (a link) and Delete in the row’s "Actions for <name>" menu', async () => {
    const { rows, openActions, deleted } = await render();
    const button = rows()[0].querySelector('mcm-row-actions button')!;
    expect(button.getAttribute('aria-label')).toBe('Actions for Ceramic Mug');
    const [edit, remove] = await openActions(rows()[0]);
    expect(edit.textContent?.trim()).toBe('Edit');
    expect(edit.getAttribute('href')).toBe('/inventory/item_1');
    expect(remove.textContent?.trim()).toBe('Delete');
    remove.click();
    expect(deleted.map((chosen) => chosen.id)).toEqual(['item_1']);
  });

  it('says "Deleting…" and offers no second delete while one is under way', async () => {
    const { rows, openActions, deleted } = await render('item_1');
    const [, remove] = await openActions(rows()[0]);
    expect(remove.textContent?.trim()).toBe('Deleting…');
    expect(remove.getAttribute('aria-disabled')).toBe('true');
    remove.click();
    expect(deleted).toEqual([]);
  });
});
