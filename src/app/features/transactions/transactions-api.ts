import { IDEMPOTENCY_HEADER } from '../../core/wsapi/idempotency-key';
import { HttpClient, HttpErrorResponse, HttpHeaders, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, defer, from, map, switchMap, throwError } from 'rxjs';
import { parseWsapiTimestamp } from '../../core/wsapi/wsapi-timestamp';
import { injectWsapiUrl } from '../../core/wsapi/wsapi-endpoint';
import {
  TRANSACTION_STATUSES,
  Transaction,
  TransactionDetail,
  TransactionLine,
  TransactionPage,
  TransactionStatus,
  RefundEntry,
} from './transactions.model';

export const TRANSACTIONS_RESOURCE = '/Transactions';

/** A downloaded file: never in the store (a Blob is not serializable). */
export interface DownloadedFile {
  readonly blob: Blob;
  readonly fileName: string;
}

type Dto = Record<string, unknown>;

/**
 * The WSAPI's `/Transactions` resource: history, detail, refund, void, email receipt and the
 * CSV export. The interceptors add the Roam headers and the token, and retry the reads; the
 * writes carry the caller's `Idempotency-Key`, so a retried request acts at most once.
 */
@Injectable({ providedIn: 'root' })
export class TransactionsApi {
  private readonly http = inject(HttpClient);
  private readonly url = injectWsapiUrl();

  list(params: Record<string, string>): Observable<TransactionPage> {
    return defer(() => this.http.get<Dto>(this.url(TRANSACTIONS_RESOURCE), { params })).pipe(
      map(toPage),
    );
  }

  get(id: string): Observable<TransactionDetail> {
    return defer(() => this.http.get<Dto>(this.itemUrl(id))).pipe(map(toDetail));
  }

  /**
   * Refunds `amount` (minor units) of a sale, restocking its items when asked; answers the sale
   * with its new refund.
   */
  refund(
    id: string,
    amount: number,
    idempotencyKey: string,
    restock = false,
  ): Observable<TransactionDetail> {
    return defer(() =>
      this.http.post<Dto>(
        `${this.itemUrl(id)}/Refund`,
        restock ? { amount, restock: true } : { amount },
        { headers: idempotent(idempotencyKey) },
      ),
    ).pipe(map(toDetail));
  }

  void(id: string, idempotencyKey: string): Observable<TransactionDetail> {
    return defer(() =>
      this.http.post<Dto>(`${this.itemUrl(id)}/Void`, {}, { headers: idempotent(idempotencyKey) }),
    ).pipe(map(toDetail));
  }

  /** Emails the receipt; answers the address it went to. */
  sendReceipt(id: string, email: string, idempotencyKey: string): Observable<string> {
    return defer(() =>
      this.http.post<Dto>(
        `${this.itemUrl(id)}/Receipt`,
        { email },
        { headers: idempotent(idempotencyKey) },
      ),
    ).pipe(map((dto) => text(dto?.['email']) || email));
  }

  /**
   * The CSV of the whole filter (no paging), through HttpClient so the token header goes along.
   * An error's JSON body arrives as a Blob too: it is read back so `toWsapiError` sees it.
   */
  export(params: Record<string, string>): Observable<DownloadedFile> {
    return defer(() =>
      this.http.get(`${this.url(TRANSACTIONS_RESOURCE)}/Export`, {
        params,
        responseType: 'blob',
        observe: 'response',
      }),
    ).pipe(
      map((response: HttpResponse<Blob>) => ({
        blob: response.body ?? new Blob([], { type: 'text/csv' }),
        fileName: fileNameOf(response.headers.get('Content-Disposition')),
      })),
      catchError((error: unknown) => withJsonBody(error)),
    );
  }

  private itemUrl(id: string): string {
    return `${this.url(TRANSACTIONS_RESOURCE)}/${encodeURIComponent(id)}`;
  }
}

const idempotent = (key: string) => new HttpHeaders({ [IDEMPOTENCY_HEADER]: key });

/** `attachment; filename="transactions-20260125.csv"` → `transactions-20260125.csv`. */
export function fileNameOf(disposition: string | null): string {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
  const name = match?.[1]?.trim().replace(/[\\/]/g, '_');
  return name || 'transactions.csv';
}

function withJsonBody(error: unknown): Observable<never> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) {
    return throwError(() => error);
  }
  return from(error.error.text()).pipe(
    catchError(() => ['']),
    switchMap((body) => {
      let json: unknown = null;
      try {
        json = body ? JSON.parse(body) : null;
      } catch {
        json = null;
      }
      return throwError(
        () =>
          new HttpErrorResponse({
            error: json,
            headers: error.headers,
            status: error.status,
            statusText: error.statusText,
            url: error.url ?? undefined,
          }),
      );
    }),
  );
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const nullableText = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;
const amount = (value: unknown): number =>
  typeof value === 'number' && Number.isSafeInteger(value) ? value : 0;
const object = (value: unknown): Dto | null =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Dto) : null;
const list = (value: unknown): Dto[] =>
  Array.isArray(value) ? value.map(object).filter((item): item is Dto => item !== null) : [];

function toTransaction(dto: Dto): Transaction {
  const status = text(dto['status']);
  const card = object(dto['card']);
  const decline = object(dto['decline']);
  return {
    id: text(dto['id']),
    type: dto['type'] === 'refund' ? 'refund' : 'sale',
    status: (TRANSACTION_STATUSES as readonly string[]).includes(status)
      ? (status as TransactionStatus)
      : 'declined',
    parentId: nullableText(dto['parent_id']),
    createdAt: parseWsapiTimestamp(dto['created_at']),
    settled: dto['settled'] === true,
    voidedAt: parseWsapiTimestamp(dto['voided_at']),
    userName: text(dto['user_name']),
    currency: text(dto['currency']) || 'USD',
    tender: text(dto['tender']),
    card: card ? { brand: text(card['brand']), last4: text(card['last4']) } : null,
    approvalCode: nullableText(dto['approval_code']),
    decline: decline ? { code: text(decline['code']), message: text(decline['message']) } : null,
    subtotal: amount(dto['subtotal']),
    discount: amount(dto['discount']),
    taxRate: typeof dto['tax_rate'] === 'number' ? dto['tax_rate'] : 0,
    tax: amount(dto['tax']),
    tip: amount(dto['tip']),
    total: amount(dto['total']),
    refunded: amount(dto['refunded']),
    refundable: amount(dto['refundable']),
    voidable: dto['voidable'] === true,
  };
}

function toLine(dto: Dto): TransactionLine {
  return {
    description: text(dto['description']),
    sku: nullableText(dto['sku']),
    unitPrice: amount(dto['unit_price']),
    quantity: amount(dto['quantity']),
    amount: amount(dto['amount']),
  };
}

function toRefund(dto: Dto): RefundEntry {
  return {
    id: text(dto['id']),
    amount: amount(dto['amount']),
    createdAt: parseWsapiTimestamp(dto['created_at']),
    userName: text(dto['user_name']),
  };
}

export function toDetail(dto: Dto | null): TransactionDetail {
  const body = dto ?? {};
  return {
    ...toTransaction(body),
    lines: list(body['lines']).map(toLine),
    refunds: list(body['refunds']).map(toRefund),
  };
}

export function toPage(dto: Dto | null): TransactionPage {
  const body = dto ?? {};
  return {
    transactions: list(body['transactions'])
      .map(toTransaction)
      .filter((t) => t.id !== ''),
    page: amount(body['page']) || 1,
    pageSize: amount(body['page_size']) || 25,
    totalCount: amount(body['total_count']),
    totalPages: amount(body['total_pages']),
  };
}
