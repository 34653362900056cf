import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { EMPTY, Observable, defer, expand, map, reduce } from 'rxjs';
import {
  DtoRecord,
  count,
  integer,
  optionalRecord,
  record,
  records,
  text,
} from '../../core/wsapi/dto-readers';
import {
  INVENTORY_RESOURCE,
  InventoryItem,
  toInventoryItem,
} from '../../core/wsapi/inventory-item';
import { idempotent } from '../../core/wsapi/idempotency-key';
import { TRANSACTIONS_RESOURCE } from '../../core/wsapi/transactions-resource';
import { injectWsapiUrl } from '../../core/wsapi/wsapi-endpoint';
import { parseTaxRate } from './sale-totals';
import { CardDetails, SaleRequest, SaleResult, SaleResultLine } from './sale.model';

type Dto = DtoRecord;

/** The picker lists at most this many pages of 100 active items. */
export const MAX_INVENTORY_PAGES = 10;

/**
 * The WSAPI calls behind the virtual terminal. The interceptors add the Roam headers and the
 * session token; failures reach the caller as HTTP errors for `toWsapiError`.
 */
@Injectable({ providedIn: 'root' })
export class VirtualTerminalApi {
  private readonly http = inject(HttpClient);
  private readonly url = injectWsapiUrl();

  /** Every active item, by name (page after page of 100, up to MAX_INVENTORY_PAGES). */
  activeItems(): Observable<InventoryItem[]> {
    const page = (number: number) =>
      defer(() =>
        this.http.get<unknown>(this.url(INVENTORY_RESOURCE), {
          params: new HttpParams({
            fromObject: { active: 'true', sort: 'name', page_size: 100, page: number },
          }),
        }),
      ).pipe(map((dto) => ({ number, dto: record(dto) })));
    return page(1).pipe(
      expand(({ number, dto }) =>
        number < Math.min(count(dto['total_pages']), MAX_INVENTORY_PAGES)
          ? page(number + 1)
          : EMPTY,
      ),
      reduce((items, { dto }) => [...items, ...toItems(dto['items'])], [] as InventoryItem[]),
    );
  }

  /**
   * Records a sale; a decline is a result too (201, `status: declined`). The card goes straight
   * into the request body and nowhere else. The key lets the WSAPI recognise the same sale sent
   * again after a lost answer instead of charging twice.
   */
  recordSale(
    sale: SaleRequest,
    card: CardDetails | null,
    idempotencyKey: string,
  ): Observable<SaleResult> {
    return defer(() =>
      this.http.post<Dto>(this.url(TRANSACTIONS_RESOURCE), toSaleBody(sale, card), {
        headers: idempotent(idempotencyKey),
      }),
    ).pipe(map(toSaleResult));
  }
}

export function toSaleBody(sale: SaleRequest, card: CardDetails | null): Dto {
  return {
    lines: sale.lines.map((line) =>
      'amount' in line
        ? { amount: line.amount }
        : { item_id: line.itemId, quantity: line.quantity },
    ),
    tender: sale.tender,
    ...(sale.tip !== undefined ? { tip: sale.tip } : {}),
    // Thousandths of a percent → the percent the WSAPI takes (8250 → 8.25, exact to 3 decimals).
    ...(sale.taxRateMilli !== undefined ? { tax_rate: sale.taxRateMilli / 1000 } : {}),
    ...(sale.discount !== undefined ? { discount: sale.discount } : {}),
    ...(card
      ? {
          card: {
            number: card.number,
            expiry: card.expiry,
            ...(card.cvv ? { cvv: card.cvv } : {}),
            ...(card.postalCode ? { postal_code: card.postalCode } : {}),
          },
        }
      : {}),
  };
}

/** The items of one page that can be picked: those with an id. */
function toItems(value: unknown): InventoryItem[] {
  return records(value)
    .map(toInventoryItem)
    .filter((item) => item.id !== '');
}

function toLines(value: unknown): SaleResultLine[] {
  return records(value).map((dto) => ({
    description: text(dto['description']),
    quantity: integer(dto['quantity']),
    unitPrice: integer(dto['unit_price']),
    amount: integer(dto['amount']),
  }));
}

export function toSaleResult(dto: Dto | null): SaleResult {
  const card = optionalRecord(dto?.['card']);
  const decline = optionalRecord(dto?.['decline']);
  const taxRate = dto?.['tax_rate'];
  return {
    id: text(dto?.['id']),
    status: text(dto?.['status']),
    createdAt: text(dto?.['created_at']),
    currency: text(dto?.['currency']),
    tender: text(dto?.['tender']),
    card: card ? { brand: text(card['brand']), last4: text(card['last4']) } : null,
    approvalCode: text(dto?.['approval_code']) || null,
    decline: decline ? { code: text(decline['code']), message: text(decline['message']) } : null,
    lines: toLines(dto?.['lines']),
    subtotal: integer(dto?.['subtotal']),
    discount: integer(dto?.['discount']),
    taxRateMilli: typeof taxRate === 'number' ? (parseTaxRate(String(taxRate)) ?? 0) : 0,
    tax: integer(dto?.['tax']),
    tip: integer(dto?.['tip']),
    total: integer(dto?.['total']),
  };
}
