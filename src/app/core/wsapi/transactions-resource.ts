import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, defer, map } from 'rxjs';
import { DtoRecord, text } from './dto-readers';
import { idempotent } from './idempotency-key';
import { injectWsapiUrl } from './wsapi-endpoint';

/**
 * The merchant's sales and refunds: listed and acted on by the transactions pages, recorded by
 * the virtual terminal, summed by the dashboard.
 */
export const TRANSACTIONS_RESOURCE = '/Transactions';

/** `/Transactions/{id}`, the id escaped for the path. */
export function transactionResource(id: string): string {
  return `${TRANSACTIONS_RESOURCE}/${encodeURIComponent(id)}`;
}

/**
 * The emailed receipt of one transaction, whichever feature asks for it (a transaction's detail
 * page, the virtual terminal's result). The key lets the WSAPI send it at most once per request.
 */
@Injectable({ providedIn: 'root' })
export class TransactionReceipts {
  private readonly http = inject(HttpClient);
  private readonly url = injectWsapiUrl();

  /** Emails the receipt; answers the address the WSAPI sent it to. */
  send(transactionId: string, email: string, idempotencyKey: string): Observable<string> {
    return defer(() =>
      this.http.post<DtoRecord>(
        `${this.url(transactionResource(transactionId))}/Receipt`,
        { email },
        { headers: idempotent(idempotencyKey) },
      ),
    ).pipe(map((dto) => text(dto?.['email']) || email));
  }
}
