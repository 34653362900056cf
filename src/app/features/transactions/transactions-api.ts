import { HttpClient, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, defer, map } from 'rxjs';
import { parseWsapiTimestamp } from '../../core/wsapi/wsapi-timestamp';
import {
  DtoRecord,
  flag,
  integer,
  optionalRecord,
  optionalText,
  records,
  text,
} from '../../core/wsapi/dto-readers';
import { idempotent } from '../../core/wsapi/idempotency-key';
import { injectWsapiUrl } from '../../core/wsapi/wsapi-endpoint';
import { rethrowWithJsonBody } from '../../core/wsapi/wsapi-error';
import { TRANSACTIONS_RESOURCE, transactionResource } from '../../core/wsapi/transactions-resource';
import {
  TRANSACTION_STATUSES,
  Transaction,
  TransactionDetail,
  TransactionLine,
  TransactionPage,
  TransactionStatus,
  RefundEntry,
} from './transactions.model';

/** A downloaded file: never in the store (a Blob is not serializable). */
export interface DownloadedFile {
  readonly blob: Blob;
  readonly fileName: string;
}

type Dto = DtoRecord;

/**
 * The WSAPI's `/Transactions` resource: history, detail, refund, void and the CSV export (the
 * emailed receipt is `TransactionReceipts`, shared with the virtual terminal). The interceptors add the Roam headers and the token, and retry the reads; the
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
      catchError(rethrowWithJsonBody),
    );
  }

  private itemUrl(id: string): string {
    return this.url(transactionResource(id));
  }
}

/** `attachment; filename="transactions-20260125.csv"` → `transactions-20260125.csv`. */
export function fileNameOf(disposition: string | null): string {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition ?? '');
  const name = match?.[1]?.trim().replace(/[\\/]/g, '_');
  return name || 'transactions.csv';
}

function toTransaction(dto: Dto): Transaction {
  const status = text(dto['status']);
  const card = optionalRecord(dto['card']);
  const decline = optionalRecord(dto['decline']);
  return {
    id: text(dto['id']),
    type: dto['type'] === 'refund' ? 'refund' : 'sale',
    status: (TRANSACTION_STATUSES as readonly string[]).includes(status)
      ? (status as TransactionStatus)
      : 'declined',
    parentId: optionalText(dto['parent_id']),
    createdAt: parseWsapiTimestamp(dto['created_at']),
    settled: flag(dto['settled']),
    voidedAt: parseWsapiTimestamp(dto['voided_at']),
    userName: text(dto['user_name']),
    currency: text(dto['currency']) || 'USD',
    tender: text(dto['tender']),
    card: card ? { brand: text(card['brand']), last4: text(card['last4']) } : null,
    approvalCode: optionalText(dto['approval_code']),
    decline: decline ? { code: text(decline['code']), message: text(decline['message']) } : null,
    subtotal: integer(dto['subtotal']),
    discount: integer(dto['discount']),
    taxRate: typeof dto['tax_rate'] === 'number' ? dto['tax_rate'] : 0,
    tax: integer(dto['tax']),
    tip: integer(dto['tip']),
    total: integer(dto['total']),
    refunded: integer(dto['refunded']),
    refundable: integer(dto['refundable']),
    voidable: flag(dto['voidable']),
  };
}

function toLine(dto: Dto): TransactionLine {
  return {
    description: text(dto['description']),
    sku: optionalText(dto['sku']),
    unitPrice: integer(dto['unit_price']),
    quantity: integer(dto['quantity']),
    amount: integer(dto['amount']),
  };
}

function toRefund(dto: Dto): RefundEntry {
  return {
    id: text(dto['id']),
    amount: integer(dto['amount']),
    createdAt: parseWsapiTimestamp(dto['created_at']),
    userName: text(dto['user_name']),
  };
}

export function toDetail(dto: Dto | null): TransactionDetail {
  const body = dto ?? {};
  return {
    ...toTransaction(body),
    lines: records(body['lines']).map(toLine),
    refunds: records(body['refunds']).map(toRefund),
  };
}

export function toPage(dto: Dto | null): TransactionPage {
  const body = dto ?? {};
  return {
    transactions: records(body['transactions'])
      .map(toTransaction)
      .filter((t) => t.id !== ''),
    page: integer(body['page']) || 1,
    pageSize: integer(body['page_size']) || 25,
    totalCount: integer(body['total_count']),
    totalPages: integer(body['total_pages']),
  };
}
