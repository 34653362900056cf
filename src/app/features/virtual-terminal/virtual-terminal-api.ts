import { HttpClient, HttpHeaders, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { EMPTY, Observable, defer, expand, map, reduce } from 'rxjs';
import { injectWsapiUrl } from '../../core/wsapi/wsapi-endpoint';
import { parseTaxRate } from './sale-totals';
import { CardDetails, InventoryItem, SaleRequest, SaleResult, SaleResultLine } from './sale.model';

// The WSAPI's JSON for the resources the terminal uses, as sent (snake_case, loose types).
interface InventoryPageDto {
  items?: unknown;
  page?: unknown;
  total_pages?: unknown;
}
type Dto = Record<string, unknown>;

export const INVENTORY_RESOURCE = '/Inventory';
export const TRANSACTIONS_RESOURCE = '/Transactions';
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
        this.http.get<InventoryPageDto>(this.url(INVENTORY_RESOURCE), {
          params: new HttpParams({
            fromObject: { active: 'true', sort: 'name', page_size: 100, page: number },
          }),
        }),
      ).pipe(map((dto) => ({ number, dto })));
    return page(1).pipe(
      expand(({ number, dto }) =>
        number < Math.min(integer(dto?.total_pages), MAX_INVENTORY_PAGES)
          ? page(number + 1)
          : EMPTY,
      ),
      reduce((items, { dto }) => [...items, ...toItems(dto?.items)], [] as InventoryItem[]),
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
        headers: new HttpHeaders({ 'Idempotency-Key': idempotencyKey }),
      }),
    ).pipe(map(toSaleResult));
  }

  /** Emails the receipt of a transaction; answers the address the WSAPI sent it to. */
  emailReceipt(transactionId: string, email: string): Observable<string> {
    return defer(() =>
      this.http.post<Dto>(
        this.url(`${TRANSACTIONS_RESOURCE}/${encodeURIComponent(transactionId)}/Receipt`),
        { email },
      ),
    ).pipe(map((dto) => text(dto?.['email']) || email));
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

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const integer = (value: unknown): number =>
  typeof value === 'number' && Number.isSafeInteger(value) ? value : 0;
const object = (value: unknown): Dto | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Dto) : null;
const list = (value: unknown): Dto[] =>
  Array.isArray(value) ? value.map(object).filter((item): item is Dto => item !== null) : [];

function toItems(value: unknown): InventoryItem[] {
  return list(value)
    .map((dto) => ({
      id: text(dto['id']),
      name: text(dto['name']),
      sku: text(dto['sku']),
      price: integer(dto['price']),
      taxExempt: dto['tax_exempt'] === true,
      stock: dto['stock'] === null || dto['stock'] === undefined ? null : integer(dto['stock']),
    }))
    .filter((item) => item.id !== '');
}

function toLines(value: unknown): SaleResultLine[] {
  return list(value).map((dto) => ({
    description: text(dto['description']),
    quantity: integer(dto['quantity']),
    unitPrice: integer(dto['unit_price']),
    amount: integer(dto['amount']),
  }));
}

export function toSaleResult(dto: Dto | null): SaleResult {
  const card = object(dto?.['card']);
  const decline = object(dto?.['decline']);
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
