import { HttpErrorResponse } from '@angular/common/http';
import { TimeoutError } from 'rxjs';
import { WsapiNotConfiguredError } from './wsapi-endpoint';

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
  | {
      readonly kind: 'invalid-request';
      readonly code: string;
      readonly field: string | null;
      readonly message: string;
    }
  | { readonly kind: 'too-many-requests'; readonly retryAfterSeconds: number }
  | { readonly kind: 'server'; readonly status: number }
  | { readonly kind: 'not-found' };

interface ErrorBody {
  code: string;
  message: string;
  field: string | null;
}

function errorBody(error: HttpErrorResponse): ErrorBody {
  const body: unknown = error.error;
  const inner =
    typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : null;
  if (typeof inner !== 'object' || inner === null) return { code: '', message: '', field: null };
  const { code, message, field } = inner as Record<string, unknown>;
  return {
    code: typeof code === 'string' ? code : '',
    message: typeof message === 'string' ? message : '',
    field: typeof field === 'string' ? field : null,
  };
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
      return { kind: 'invalid-request', code: body.code, field: body.field, message: body.message };
    case 401:
      if (body.code === 'invalid_api_key') return { kind: 'invalid-api-key' };
      if (body.code === 'invalid_credentials') return { kind: 'invalid-credentials' };
      return { kind: 'session-expired' };
    case 403:
      return { kind: 'forbidden', code: body.code || 'forbidden' };
    case 404:
      return { kind: 'not-found' };
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
