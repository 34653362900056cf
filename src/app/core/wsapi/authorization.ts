import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, defer, map } from 'rxjs';
import { DtoRecord, record } from './dto-readers';
import { injectWsapiUrl } from './wsapi-endpoint';

/**
 * The vendor's processing resource (the known live client's path): every sale, refund and void
 * is a `POST` of `{"transaction": {…}}` answered by `{"transaction": {…}}`, approvals and
 * declines alike (HTTP 200; the client reads `clerk_display`).
 */
export const AUTHORIZATION_RESOURCE = '/Authorization';

/** The snake_case of the SDK's transaction types (`credit_refund` is the live client's). */
export const TRANSACTION_CODES = [
  'credit_sale',
  'cash_sale',
  'credit_refund',
  'cash_refund',
  'credit_sale_void',
] as const;
export type TransactionCode = (typeof TRANSACTION_CODES)[number];

/** A request field before it goes on the wire: absent (`undefined`/`null`) fields are left out. */
export type AuthorizationValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly AuthorizationValue[]
  | { readonly [key: string]: AuthorizationValue };

export interface AuthorizationRequest {
  readonly transaction_code: TransactionCode;
  /**
   * The idempotency key: a fresh `newIdempotencyKey()` per intended transaction, reused only to
   * send that same transaction again after its answer was lost (the WSAPI answers the first result).
   */
  readonly client_transaction_id: string;
  readonly [field: string]: AuthorizationValue;
}

/**
 * `value` as the live client sends it: every scalar a JSON string (amounts as strings of cents,
 * booleans as "true"/"false"), objects and arrays kept, absent fields dropped.
 */
export function toWire(value: AuthorizationValue): unknown {
  if (Array.isArray(value)) return value.map(toWire);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, field]) => field !== undefined && field !== null)
        .map(([key, field]) => [key, toWire(field as AuthorizationValue)]),
    );
  }
  return String(value);
}

/**
 * Sends transactions for processing, whichever feature makes them (the virtual terminal's sales,
 * the transactions pages' refunds and voids). Answers the `transaction` record, unread: each
 * feature maps what it shows.
 */
@Injectable({ providedIn: 'root' })
export class Authorization {
  private readonly http = inject(HttpClient);
  private readonly url = injectWsapiUrl();

  submit(transaction: AuthorizationRequest): Observable<DtoRecord> {
    return defer(() =>
      this.http.post<unknown>(this.url(AUTHORIZATION_RESOURCE), {
        transaction: toWire(transaction),
      }),
    ).pipe(map((dto) => record(record(dto)['transaction'])));
  }
}
