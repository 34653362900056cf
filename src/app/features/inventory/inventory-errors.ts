import { HttpErrorResponse } from '@angular/common/http';
import { WsapiError, toWsapiError } from '../../core/wsapi/wsapi-error';

const DUPLICATE_SKU = 'Another item already has this SKU.';

/**
 * `toWsapiError`, plus a 409 (a server that answers a taken SKU with Conflict): it becomes a field
 * error on `sku` (or the field the body names), so the editor shows it where the user looks.
 */
export function toInventoryError(error: unknown): WsapiError {
  if (error instanceof HttpErrorResponse && error.status === 409) {
    const body: unknown = error.error;
    const inner =
      typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : null;
    const { code, message, field } =
      typeof inner === 'object' && inner !== null ? (inner as Record<string, unknown>) : {};
    return {
      kind: 'invalid-request',
      code: typeof code === 'string' && code ? code : 'conflict',
      field: typeof field === 'string' && field ? field : 'sku',
      message: typeof message === 'string' && message ? message : DUPLICATE_SKU,
    };
  }
  return toWsapiError(error);
}

/** What the inventory pages say when `doing` (loading the items, saving the item…) failed. */
export function inventoryErrorMessage(error: WsapiError, doing: string): string {
  switch (error.kind) {
    case 'invalid-request':
      return error.message
        ? `${doing} failed: ${error.message}`
        : `${doing} failed. Check the form and try again.`;
    case 'not-found':
      return 'This item no longer exists. It may have been deleted.';
    case 'forbidden':
      return 'Your account is not allowed to manage the inventory. Please contact your administrator.';
    case 'too-many-requests':
      return `Too many requests. Please wait ${error.retryAfterSeconds} seconds and try again.`;
    case 'timeout':
      return `${doing} failed: the server took too long to answer. Please try again.`;
    case 'network':
      return `${doing} failed: the portal could not reach the server. Check your connection and try again.`;
    case 'session-expired':
    case 'invalid-credentials':
      return 'Your session has ended. Please sign in again.';
    case 'not-configured':
    case 'invalid-api-key':
      return 'This portal is not configured correctly. Please contact your administrator.';
    case 'locked':
      return `${doing} failed: the account is locked for now. Please try again later.`;
    case 'server':
      return error.status === 503
        ? 'The service is unavailable right now. Please try again in a moment.'
        : `${doing} failed: the server had a problem (HTTP ${error.status}). Please try again in a moment.`;
  }
}

/** The server's message when its error names `field` (`sku`, `price`…), else null. */
export function fieldErrorOf(error: WsapiError | null, field: string): string | null {
  if (error?.kind !== 'invalid-request' || error.field !== field) return null;
  return error.message || 'This value was not accepted.';
}
