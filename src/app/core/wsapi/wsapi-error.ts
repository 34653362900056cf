import { HttpErrorResponse } from '@angular/common/http';
import { Observable, TimeoutError, catchError, from, of, switchMap, throwError } from 'rxjs';
import { record, text } from './dto-readers';
import { WsapiNotConfiguredError } from './wsapi-endpoint';

/** What the server said about one field of the request (`field` as the WSAPI names it). */
interface FieldFailure {
  readonly code: string;
  readonly field: string | null;
  readonly message: string;
}

/**
 * Every failure of a WSAPI call, mapped once at the edge into what the UI can say.
 * Components switch on `kind`; they never parse HTTP errors.
 */
export type WsapiError =
  | { readonly kind: 'not-configured' }
  | { readonly kind: 'network' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'invalid-credentials' }
  /** `retryAfterSeconds` null: no Retry-After, locked until an administrator unlocks it. */
  | { readonly kind: 'locked'; readonly retryAfterSeconds: number | null }
  | { readonly kind: 'invalid-api-key' }
  | { readonly kind: 'session-expired' }
  | { readonly kind: 'forbidden'; readonly code: string }
  | ({ readonly kind: 'invalid-request' } & FieldFailure)
  /** 409: the resource's state forbids it now (a taken name, a settled sale, a reused key). */
  | ({ readonly kind: 'conflict' } & FieldFailure)
  | { readonly kind: 'too-many-requests'; readonly retryAfterSeconds: number }
  | { readonly kind: 'server'; readonly status: number }
  | { readonly kind: 'not-found' };

/** A failure the server tied to what was sent: a 400 (413, 415) or a 409. */
export type RefusedRequest = Extract<WsapiError, { kind: 'invalid-request' | 'conflict' }>;

/** The contract's `{ "error": { "code", "message", "field"? } }`; missing parts read as empty. */
function errorBody(error: HttpErrorResponse): FieldFailure {
  const inner = record(record(error.error)['error']);
  const field = text(inner['field']);
  return { code: text(inner['code']), message: text(inner['message']), field: field || null };
}

function retryAfterSeconds(error: HttpErrorResponse, fallback: number): number {
  const value = error.headers?.get('Retry-After');
  const seconds =
    value !== null && value !== undefined && /^\d+$/.test(value.trim()) ? Number(value) : NaN;
  return Number.isFinite(seconds) && seconds > 0 ? seconds : fallback;
}

export function toWsapiError(error: unknown): WsapiError {
  if (error instanceof WsapiNotConfiguredError) return { kind: 'not-configured' };
  if (error instanceof TimeoutError) return { kind: 'timeout' };
  if (!(error instanceof HttpErrorResponse) || error.status === 0) return { kind: 'network' };
  const body = errorBody(error);
  switch (error.status) {
    case 400:
    case 413:
    case 415:
      return { kind: 'invalid-request', ...body };
    case 401:
      if (body.code === 'invalid_api_key') return { kind: 'invalid-api-key' };
      if (body.code === 'invalid_credentials') return { kind: 'invalid-credentials' };
      return { kind: 'session-expired' };
    case 403:
      return { kind: 'forbidden', code: body.code || 'forbidden' };
    case 404:
      return { kind: 'not-found' };
    case 409:
      return { kind: 'conflict', ...body, code: body.code || 'conflict' };
    case 423:
      return {
        kind: 'locked',
        retryAfterSeconds: error.headers?.has('Retry-After') ? retryAfterSeconds(error, 60) : null,
      };
    case 429:
      return { kind: 'too-many-requests', retryAfterSeconds: retryAfterSeconds(error, 30) };
    default:
      return { kind: 'server', status: error.status };
  }
}

/** The server's field and message when it refused what was sent because of one field. */
export function fieldFailure(
  error: WsapiError | null,
): { readonly field: string; readonly message: string } | null {
  if ((error?.kind !== 'invalid-request' && error?.kind !== 'conflict') || !error.field)
    return null;
  return { field: error.field, message: error.message || 'This value was not accepted.' };
}

/** The server's message for `field` (`sku`, `primary_email`…) when its refusal names it. */
export function fieldErrorOf(error: WsapiError | null, field: string): string | null {
  const failure = fieldFailure(error);
  return failure?.field === field ? failure.message : null;
}

/**
 * The server's field error for one of `fields` (WSAPI name → form control name), or null when
 * the error is not about a field of this form.
 */
export function serverFieldError<F extends string>(
  error: WsapiError | null,
  fields: Readonly<Record<string, F>>,
): { readonly control: F; readonly message: string } | null {
  const failure = fieldFailure(error);
  if (!failure || !Object.hasOwn(fields, failure.field)) return null;
  return { control: fields[failure.field], message: failure.message };
}

/**
 * For a form where a 409 is about what was typed (a taken user name or SKU): the conflict reads
 * as a refused request, on the field the server names or else `fallback.field`.
 */
export function conflictAsInvalidRequest(
  error: WsapiError,
  fallback: { readonly field: string | null; readonly message: string },
): WsapiError {
  if (error.kind !== 'conflict') return error;
  return {
    ...error,
    kind: 'invalid-request',
    field: error.field ?? fallback.field,
    message: error.message || fallback.message,
  };
}

/**
 * For a request made with `responseType: 'blob'` (a download): an error's JSON body arrives as a
 * Blob too; it is read back so `toWsapiError` sees it. Use as `catchError(rethrowWithJsonBody)`.
 */
export function rethrowWithJsonBody(error: unknown): Observable<never> {
  if (!(error instanceof HttpErrorResponse) || !(error.error instanceof Blob)) {
    return throwError(() => error);
  }
  return from(error.error.text()).pipe(
    catchError(() => of('')),
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
