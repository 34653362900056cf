import { InventoryItem } from '../../core/wsapi/inventory-item';

/** What the editor sends to create an item or replace an item's fields. */
export interface ItemDraft {
  readonly name: string;
  readonly sku: string;
  readonly price: number;
  readonly taxExempt: boolean;
  readonly active: boolean;
  readonly stock: number | null;
}

/** The list's server-side search and paging (`page` is 1-based). */
export interface InventoryQuery {
  readonly q: string;
  readonly page: number;
  readonly pageSize: number;
}

export interface InventoryListPage {
  readonly items: readonly InventoryItem[];
  readonly page: number;
  readonly pageSize: number;
  readonly totalCount: number;
}

export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

/** How long typing in the search box pauses before the list is fetched. */
export const SEARCH_DEBOUNCE_MS = 300;
