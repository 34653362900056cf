import { Action } from '@ngrx/store';
import { InventoryItem } from '../../../core/wsapi/inventory-item';
import {
  InventoryApiActions,
  InventoryPageActions,
  ItemEditorPageActions,
} from './inventory.actions';
import { InventoryState, initialInventoryState, inventoryFeature } from './inventory.feature';
import { refusal } from '../../../../testing/wsapi-errors';

const item = (n: number, changes: Partial<InventoryItem> = {}): InventoryItem => ({
  id: `item_${n}`,
  name: `Item ${n}`,
  sku: `SKU-${n}`,
  price: 100 * n,
  currency: 'USD',
  taxExempt: false,
  active: true,
  stock: null,
  ...changes,
});

const reduce = (...actions: Action[]): InventoryState =>
  actions.reduce(inventoryFeature.reducer, initialInventoryState);

const loaded = (items: InventoryItem[], totalCount = items.length, page = 1) =>
  InventoryApiActions.itemsLoaded({ result: { items, page, pageSize: 25, totalCount } });

describe('inventory feature', () => {
  it('loads a page of items, and keeps a load failure until a retry', () => {
    expect(reduce(InventoryPageActions.opened()).loading).toBeTrue();
    const state = reduce(InventoryPageActions.opened(), loaded([item(1), item(2)], 30));
    expect(state.loading).toBeFalse();
    expect(state.items.map((i) => i.id)).toEqual(['item_1', 'item_2']);
    expect(state.totalCount).toBe(30);

    const failed = reduce(
      InventoryPageActions.opened(),
      InventoryApiActions.itemsLoadFailed({ error: { kind: 'network' } }),
    );
    expect(failed.loadError).toEqual({ kind: 'network' });
    expect(failed.loading).toBeFalse();
    const retried = inventoryFeature.reducer(failed, InventoryPageActions.retryClicked());
    expect(retried.loadError).toBeNull();
    expect(retried.loading).toBeTrue();
  });

  it('a new search starts again at page 1; paging keeps the search', () => {
    const paged = reduce(InventoryPageActions.pageChanged({ page: 3, pageSize: 10 }));
    expect(paged.query).toEqual({ q: '', page: 3, pageSize: 10 });
    const searched = inventoryFeature.reducer(
      paged,
      InventoryPageActions.searchChanged({ q: 'mug' }),
    );
    expect(searched.query).toEqual({ q: 'mug', page: 1, pageSize: 10 });
    expect(
      inventoryFeature.reducer(
        searched,
        InventoryPageActions.pageChanged({ page: 2, pageSize: 10 }),
      ).query,
    ).toEqual({ q: 'mug', page: 2, pageSize: 10 });
  });

  it('the editor starts from the listed copy, or waits for the item', () => {
    const listed = reduce(loaded([item(1)]));
    const fromList = inventoryFeature.reducer(
      listed,
      ItemEditorPageActions.opened({ id: 'item_1' }),
    );
    expect(fromList.editing).toEqual(item(1));
    expect(fromList.editorLoading).toBeFalse();

    const unknown = inventoryFeature.reducer(
      listed,
      ItemEditorPageActions.opened({ id: 'item_9' }),
    );
    expect(unknown.editing).toBeNull();
    expect(unknown.editorLoading).toBeTrue();
    const fetched = inventoryFeature.reducer(
      unknown,
      InventoryApiActions.itemLoaded({ item: item(9) }),
    );
    expect(fetched.editing).toEqual(item(9));
    expect(fetched.editorLoading).toBeFalse();

    const fresh = inventoryFeature.reducer(fromList, ItemEditorPageActions.opened({ id: null }));
    expect(fresh.editing).toBeNull();
    expect(fresh.editorLoading).toBeFalse();
  });

  it('keeps a save failure, clears it on the next submit, and never leaves saving on', () => {
    const draft = { name: 'A', sku: 'A', price: 1, taxExempt: false, active: true, stock: null };
    const error = refusal('sku', 'Another item already has this SKU.');
    const failed = reduce(
      ItemEditorPageActions.createSubmitted({ draft }),
      InventoryApiActions.itemSaveFailed({ error }),
    );
    expect(failed.saving).toBeFalse();
    expect(failed.saveError).toEqual(error);
    const again = inventoryFeature.reducer(
      failed,
      ItemEditorPageActions.createSubmitted({ draft }),
    );
    expect(again.saving).toBeTrue();
    expect(again.saveError).toBeNull();
    // Opening the editor again starts clean.
    expect(
      inventoryFeature.reducer(failed, ItemEditorPageActions.opened({ id: null })).saveError,
    ).toBeNull();
  });

  it('an updated item replaces its row', () => {
    const state = reduce(
      loaded([item(1), item(2)]),
      InventoryApiActions.itemUpdated({ item: item(2, { price: 999 }) }),
    );
    expect(state.items.map((i) => i.price)).toEqual([100, 999]);
  });

  it('a deleted row goes away; the last row of a page goes back one page', () => {
    const deleting = reduce(
      loaded([item(1), item(2)], 27),
      InventoryPageActions.deleteConfirmed({ item: item(1) }),
    );
    expect(deleting.deletingId).toBe('item_1');
    const deleted = inventoryFeature.reducer(
      deleting,
      InventoryApiActions.itemDeleted({ item: item(1) }),
    );
    expect(deleted.deletingId).toBeNull();
    expect(deleted.items).toEqual([item(2)]);
    expect(deleted.totalCount).toBe(26);

    const lastOnPage2 = reduce(
      InventoryPageActions.pageChanged({ page: 2, pageSize: 25 }),
      loaded([item(26)], 26, 2),
      InventoryApiActions.itemDeleted({ item: item(26) }),
    );
    expect(lastOnPage2.query.page).toBe(1);
  });

  it('keeps a failed delete’s error and lets the row be deleted again', () => {
    const state = reduce(
      loaded([item(1)]),
      InventoryPageActions.deleteConfirmed({ item: item(1) }),
      InventoryApiActions.itemDeleteFailed({ error: { kind: 'server', status: 500 } }),
    );
    expect(state.deletingId).toBeNull();
    expect(state.deleteError).toEqual({ kind: 'server', status: 500 });
    expect(state.items).toEqual([item(1)]);
  });
});
