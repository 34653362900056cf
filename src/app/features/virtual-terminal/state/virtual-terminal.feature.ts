import { createFeature, createReducer, on } from '@ngrx/store';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { InventoryItem } from '../../../core/wsapi/inventory-item';
import { SaleResult } from '../sale.model';
import { VirtualTerminalApiActions, VirtualTerminalPageActions } from './virtual-terminal.actions';

/** The emailed receipt of the sale on screen. */
export interface ReceiptState {
  readonly sending: boolean;
  readonly sentTo: string | null;
  readonly error: WsapiError | null;
}

/**
 * What the terminal shows besides the form itself. Never a card number, expiry or CVV: the
 * result keeps the brand and last four digits the WSAPI answers with, and nothing else.
 */
export interface VirtualTerminalState {
  readonly items: readonly InventoryItem[];
  readonly itemsLoading: boolean;
  readonly itemsError: WsapiError | null;
  readonly submitting: boolean;
  readonly saleError: WsapiError | null;
  readonly result: SaleResult | null;
  readonly receipt: ReceiptState;
}

const initialReceipt: ReceiptState = { sending: false, sentTo: null, error: null };

export const initialVirtualTerminalState: VirtualTerminalState = {
  items: [],
  itemsLoading: false,
  itemsError: null,
  submitting: false,
  saleError: null,
  result: null,
  receipt: initialReceipt,
};

export const virtualTerminalFeature = createFeature({
  name: 'virtualTerminal',
  reducer: createReducer(
    initialVirtualTerminalState,
    // A visit, or the next sale, starts clean; the items are read again (stock has moved).
    on(
      VirtualTerminalPageActions.opened,
      VirtualTerminalPageActions.newSaleStarted,
      (state, { withItems }): VirtualTerminalState => ({
        ...initialVirtualTerminalState,
        items: state.items,
        itemsLoading: withItems,
      }),
    ),
    on(VirtualTerminalPageActions.tryAnotherCardClicked, (state): VirtualTerminalState => ({
      ...state,
      saleError: null,
      result: null,
      receipt: initialReceipt,
    })),
    on(VirtualTerminalPageActions.itemsRetryClicked, (state): VirtualTerminalState => ({
      ...state,
      itemsLoading: true,
      itemsError: null,
    })),
    on(VirtualTerminalApiActions.itemsLoaded, (state, { items }): VirtualTerminalState => ({
      ...state,
      items,
      itemsLoading: false,
      itemsError: null,
    })),
    on(VirtualTerminalApiActions.itemsLoadFailed, (state, { error }): VirtualTerminalState => ({
      ...state,
      itemsLoading: false,
      itemsError: error,
    })),
    on(VirtualTerminalPageActions.saleSubmitted, (state): VirtualTerminalState => ({
      ...state,
      submitting: true,
      saleError: null,
    })),
    on(VirtualTerminalApiActions.saleRecorded, (state, { result }): VirtualTerminalState => ({
      ...state,
      submitting: false,
      result,
      receipt: initialReceipt,
    })),
    on(VirtualTerminalApiActions.saleFailed, (state, { error }): VirtualTerminalState => ({
      ...state,
      submitting: false,
      saleError: error,
    })),
    on(VirtualTerminalPageActions.receiptRequested, (state): VirtualTerminalState => ({
      ...state,
      receipt: { sending: true, sentTo: null, error: null },
    })),
    on(VirtualTerminalApiActions.receiptSent, (state, { email }): VirtualTerminalState => ({
      ...state,
      receipt: { sending: false, sentTo: email, error: null },
    })),
    on(VirtualTerminalApiActions.receiptFailed, (state, { error }): VirtualTerminalState => ({
      ...state,
      receipt: { sending: false, sentTo: null, error },
    })),
  ),
});
