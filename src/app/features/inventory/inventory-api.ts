import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, defer, map } from 'rxjs';
import { array, count, record } from '../../core/wsapi/dto-readers';
import {
  INVENTORY_RESOURCE,
  InventoryItem,
  toInventoryItem,
} from '../../core/wsapi/inventory-item';
import { injectWsapiUrl } from '../../core/wsapi/wsapi-endpoint';
import { DEFAULT_PAGE_SIZE, InventoryListPage, InventoryQuery, ItemDraft } from './inventory.model';

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
    return defer(() => this.http.get<unknown>(this.url(INVENTORY_RESOURCE), { params })).pipe(
      map(record),
      map((dto) => ({
        items: array(dto['items']).map(toInventoryItem),
        page: count(dto['page'], page),
        pageSize: count(dto['page_size'], pageSize || DEFAULT_PAGE_SIZE),
        totalCount: count(dto['total_count']),
      })),
    );
  }

  get(id: string): Observable<InventoryItem> {
    return defer(() => this.http.get<unknown>(this.itemUrl(id))).pipe(map(toInventoryItem));
  }

  create(draft: ItemDraft): Observable<InventoryItem> {
    return defer(() => this.http.post<unknown>(this.url(INVENTORY_RESOURCE), toBody(draft))).pipe(
      map(toInventoryItem),
    );
  }

  update(id: string, draft: ItemDraft): Observable<InventoryItem> {
    return defer(() => this.http.put<unknown>(this.itemUrl(id), toBody(draft))).pipe(
      map(toInventoryItem),
    );
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
