import { HttpHeaders } from '@angular/common/http';

/** The header the WSAPI reads to apply a write at most once (CONTRACT §5 style, sandbox design). */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** The headers of a write sent with `key`: `{ headers: idempotent(key) }`. */
export function idempotent(key: string): HttpHeaders {
  return new HttpHeaders({ [IDEMPOTENCY_HEADER]: key });
}

/**
 * A fresh `Idempotency-Key` from the CSPRNG: one per intended write (a sale, a boarding), reused
 * only to resend that same write after its answer was lost.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
