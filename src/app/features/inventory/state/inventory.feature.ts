import { createFeature, createReducer, on } from '@ngrx/store';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { InventoryItem } from '../../../core/wsapi/inventory-item';
import { DEFAULT_PAGE_SIZE, InventoryQuery } from '../inventory.model';
import {
  InventoryApiActions,
  InventoryPageActions,
  ItemEditorPageActions,
} from './inventory.actions';

export interface InventoryState {
  /** The list's search and page, kept while the user visits the editor. */
  readonly query: InventoryQuery;
  /** The current page of items, as the server sorted them (by name). */
  readonly items: readonly InventoryItem[];
  readonly totalCount: number;
  readonly loading: boolean;
  readonly loadError: WsapiError | null;
  /** The item the editor shows (null: a new item, or not loaded yet). */
  readonly editing: InventoryItem | null;
  readonly editorLoading: boolean;
  readonly editorError: WsapiError | null;
  readonly saving: boolean;
  readonly saveError: WsapiError | null;
  readonly deletingId: string | null;
  readonly deleteError: WsapiError | null;
}

export const initialInventoryState: InventoryState = {
  query: { q: '', page: 1, pageSize: DEFAULT_PAGE_SIZE },
  items: [],
  totalCount: 0,
  loading: false,
  loadError: null,
  editing: null,
  editorLoading: false,
  editorError: null,
  saving: false,
  saveError: null,
  deletingId: null,
  deleteError: null,
};

const loading = (state: InventoryState, query = state.query): InventoryState => ({
  ...state,
  query,
  loading: true,
  loadError: null,
  deleteError: null,
});

export const inventoryFeature = createFeature({
  name: 'inventory',
  reducer: createReducer(
    initialInventoryState,
    on(InventoryPageActions.opened, InventoryPageActions.retryClicked, (state): InventoryState =>
      loading(state),
    ),
    on(InventoryPageActions.searchChanged, (state, { q }): InventoryState =>
      loading(state, { ...state.query, q, page: 1 }),
    ),
    on(InventoryPageActions.pageChanged, (state, { page, pageSize }): InventoryState =>
      loading(state, { ...state.query, page, pageSize }),
    ),
    on(InventoryApiActions.itemsLoaded, (state, { result }): InventoryState => ({
      ...state,
      loading: false,
      items: result.items,
      totalCount: result.totalCount,
    })),
    on(InventoryApiActions.itemsLoadFailed, (state, { error }): InventoryState => ({
      ...state,
      loading: false,
      loadError: error,
    })),

    // The editor starts from the list's copy when it has one; otherwise the item is fetched.
    on(ItemEditorPageActions.opened, (state, { id }): InventoryState => {
      const listed = id === null ? null : (state.items.find((item) => item.id === id) ?? null);
      return {
        ...state,
        editing: listed,
        editorLoading: id !== null && listed === null,
        editorError: null,
        saving: false,
        saveError: null,
      };
    }),
    on(ItemEditorPageActions.retryClicked, (state): InventoryState => ({
      ...state,
      editorLoading: true,
      editorError: null,
    })),
    on(InventoryApiActions.itemLoaded, (state, { item }): InventoryState => ({
      ...state,
      editing: item,
      editorLoading: false,
    })),
    on(InventoryApiActions.itemLoadFailed, (state, { error }): InventoryState => ({
      ...state,
      editorLoading: false,
      editorError: error,
    })),
    on(
      ItemEditorPageActions.createSubmitted,
      ItemEditorPageActions.updateSubmitted,
      (state): InventoryState => ({ ...state, saving: true, saveError: null }),
    ),
    on(InventoryApiActions.itemCreated, (state, { item }): InventoryState => ({
      ...state,
      saving: false,
      editing: item,
    })),
    on(InventoryApiActions.itemUpdated, (state, { item }): InventoryState => ({
      ...state,
      saving: false,
      editing: item,
      items: state.items.map((listed) => (listed.id === item.id ? item : listed)),
    })),
    on(InventoryApiActions.itemSaveFailed, (state, { error }): InventoryState => ({
      ...state,
      saving: false,
      saveError: error,
    })),

    on(InventoryPageActions.deleteConfirmed, (state, { item }): InventoryState => ({
      ...state,
      deletingId: item.id,
      deleteError: null,
    })),
    // The list is fetched again; deleting the last row of a page goes back one page.
    on(InventoryApiActions.itemDeleted, (state, { item }): InventoryState => {
      const items = state.items.filter((listed) => listed.id !== item.id);
      const { page } = state.query;
      return {
        ...state,
        deletingId: null,
        items,
        totalCount: Math.max(0, state.totalCount - 1),
        query: { ...state.query, page: items.length === 0 && page > 1 ? page - 1 : page },
        loading: true,
        editing: state.editing?.id === item.id ? null : state.editing,
      };
    }),
    on(InventoryApiActions.itemDeleteFailed, (state, { error }): InventoryState => ({
      ...state,
      deletingId: null,
      deleteError: error,
    })),
  ),
});
