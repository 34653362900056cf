import { createActionGroup, emptyProps, props } from '@ngrx/store';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { InventoryItem } from '../../../core/wsapi/inventory-item';
import { SaleRequest, SaleResult } from '../sale.model';

/**
 * The terminal page's gestures. A sale's card is never in an action: the page hands it to
 * `PendingCard`, and the effect takes it from there.
 */
export const VirtualTerminalPageActions = createActionGroup({
  source: 'Virtual Terminal Page',
  events: {
    Opened: props<{ withItems: boolean }>(),
    'Items Retry Clicked': emptyProps(),
    'Sale Submitted': props<{ sale: SaleRequest; idempotencyKey: string }>(),
    'Receipt Requested': props<{ transactionId: string; email: string; idempotencyKey: string }>(),
    'New Sale Started': props<{ withItems: boolean }>(),
    /** After a decline: back to the same sale (amount, items kept) for another card. */
    'Try Another Card Clicked': emptyProps(),
  },
});

export const VirtualTerminalApiActions = createActionGroup({
  source: 'Virtual Terminal API',
  events: {
    'Items Loaded': props<{ items: InventoryItem[] }>(),
    'Items Load Failed': props<{ error: WsapiError }>(),
    'Sale Recorded': props<{ result: SaleResult }>(),
    'Sale Failed': props<{ error: WsapiError }>(),
    'Receipt Sent': props<{ email: string }>(),
    'Receipt Failed': props<{ error: WsapiError }>(),
  },
});
