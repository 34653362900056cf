import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { InventoryItem } from '../../../core/wsapi/inventory-item';
import { InventoryListPage, ItemDraft } from '../inventory.model';

export const InventoryPageActions = createActionGroup({
  source: 'Inventory Page',
  events: {
    Opened: emptyProps(),
    'Search Changed': props<{ q: string }>(),
    'Page Changed': props<{ page: number; pageSize: number }>(),
    'Retry Clicked': emptyProps(),
    'Delete Confirmed': props<{ item: InventoryItem }>(),
  },
});

export const ItemEditorPageActions = createActionGroup({
  source: 'Item Editor Page',
  events: {
    /** `id` null: a new item. */
    Opened: props<{ id: string | null }>(),
    'Retry Clicked': props<{ id: string }>(),
    'Create Submitted': props<{ draft: ItemDraft }>(),
    'Update Submitted': props<{ id: string; draft: ItemDraft }>(),
  },
});

export const InventoryApiActions = createActionGroup({
  source: 'Inventory API',
  events: {
    'Items Loaded': props<{ result: InventoryListPage }>(),
    'Items Load Failed': props<{ error: WsapiError }>(),
    'Item Loaded': props<{ item: InventoryItem }>(),
    'Item Load Failed': props<{ error: WsapiError }>(),
    'Item Created': props<{ item: InventoryItem }>(),
    'Item Updated': props<{ item: InventoryItem }>(),
    'Item Save Failed': props<{ error: WsapiError }>(),
    'Item Deleted': props<{ item: InventoryItem }>(),
    'Item Delete Failed': props<{ error: WsapiError }>(),
  },
});
