import { WsapiError, conflictAsInvalidRequest, toWsapiError } from '../../core/wsapi/wsapi-error';
import { wsapiErrorMessage } from '../../core/wsapi/wsapi-error-message';

/**
 * `toWsapiError`, with a 409 (a server that answers a taken SKU with Conflict) read as a field
 * error on `sku` (or the field the body names), so the editor shows it where the user looks.
 */
export function toInventoryError(error: unknown): WsapiError {
  return conflictAsInvalidRequest(toWsapiError(error), {
    field: 'sku',
    message: 'Another item already has this SKU.',
  });
}

/** What the inventory pages say when `doing` (loading the items, saving the item…) failed. */
export function inventoryErrorMessage(error: WsapiError, doing: string): string {
  return wsapiErrorMessage(error, {
    doing,
    notFound: 'This item no longer exists. It may have been deleted.',
    own: {
      forbidden: () =>
        'Your account is not allowed to manage the inventory. Please contact your administrator.',
    },
  });
}
