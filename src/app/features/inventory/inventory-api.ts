import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, defer, map } from 'rxjs';
import { injectWsapiUrl } from '../../core/wsapi/wsapi-endpoint';
import {
  DEFAULT_PAGE_SIZE,
  InventoryItem,
  InventoryListPage,
  InventoryQuery,
  ItemDraft,
} from './inventory.model';

/** The vendor-style JSON of `/Inventory`, as sent (snake_case, loose types). */
interface ItemDto {
  id?: unknown;
  name?: unknown;
  sku?: unknown;
  price?: unknown;
  currency?: unknown;
  tax_exempt?: unknown;
  active?: unknown;
  stock?: unknown;
}
interface ItemListDto {
  items?: unknown;
  page?: unknown;
  page_size?: unknown;
  total_count?: unknown;
}

export const INVENTORY_RESOURCE = '/Inventory';

/**
 * The WSAPI's `/Inventory` resource. The interceptors add the Roam headers and the token and
 * retry reads; failures reach the caller as HTTP errors for `toInventoryError`.
 */
@Injectable({ providedIn: 'root' })
export class InventoryApi {
  private readonly http = inject(HttpClient);
  private readonly url = injectWsapiUrl();

  list({ q, page, pageSize }: InventoryQuery): Observable<InventoryListPage> {
    let params = new HttpParams().set('page', page).set('page_size', pageSize);
    if (q.trim()) params = params.set('q', q.trim());
    return defer(() => this.http.get<ItemListDto>(this.url(INVENTORY_RESOURCE), { params })).pipe(
      map((dto) => ({
        items: Array.isArray(dto?.items) ? dto.items.map(toItem) : [],
        page: count(dto?.page, page),
        pageSize: count(dto?.page_size, pageSize || DEFAULT_PAGE_SIZE),
        totalCount: count(dto?.total_count, 0),
      })),
    );
  }

  get(id: string): Observable<InventoryItem> {
    return defer(() => this.http.get<ItemDto>(this.itemUrl(id))).pipe(map(toItem));
  }

  create(draft: ItemDraft): Observable<InventoryItem> {
    return defer(() => this.http.post<ItemDto>(this.url(INVENTORY_RESOURCE), toBody(draft))).pipe(
      map(toItem),
    );
  }

  update(id: string, draft: ItemDraft): Observable<InventoryItem> {
    return defer(() => this.http.put<ItemDto>(this.itemUrl(id), toBody(draft))).pipe(map(toItem));
  }

  remove(id: string): Observable<void> {
    return defer(() => this.http.delete<unknown>(this.itemUrl(id))).pipe(map(() => undefined));
  }

  private itemUrl(id: string): string {
    return this.url(`${INVENTORY_RESOURCE}/${encodeURIComponent(id)}`);
  }
}

function toBody(draft: ItemDraft) {
  return {
    name: draft.name,
    sku: draft.sku,
    price: draft.price,
    tax_exempt: draft.taxExempt,
    active: draft.active,
    stock: draft.stock,
  };
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const count = (value: unknown, fallback: number): number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : fallback;

function toItem(value: unknown): InventoryItem {
  const dto: ItemDto = typeof value === 'object' && value !== null ? value : {};
  return {
    id: text(dto.id),
    name: text(dto.name),
    sku: text(dto.sku),
    price: count(dto.price, 0),
    currency: text(dto.currency) || 'USD',
    taxExempt: dto.tax_exempt === true,
    active: dto.active !== false,
    stock: typeof dto.stock === 'number' ? count(dto.stock, 0) : null,
  };
}
