import { createFeature, createReducer, createSelector, on } from '@ngrx/store';
import { WsapiError } from '../../../core/wsapi/wsapi-error';
import { TransactionQuery } from '../transaction-query';
import {
  ActionOutcome,
  Transaction,
  TransactionAction,
  TransactionDetail,
  TransactionPage,
  rowOf,
} from '../transactions.model';
import {
  TransactionDetailPageActions,
  TransactionsApiActions,
  TransactionsPageActions,
} from './transactions.actions';

export interface TransactionsState {
  /** The history's query, as the address bar says. */
  readonly query: TransactionQuery | null;
  readonly page: TransactionPage | null;
  readonly loading: boolean;
  readonly error: WsapiError | null;

  readonly detailId: string | null;
  readonly detail: TransactionDetail | null;
  readonly detailLoading: boolean;
  readonly detailError: WsapiError | null;

  /** The refund, void or receipt being sent, or the one that failed (kept to retry it). */
  readonly pendingAction: TransactionAction | null;
  readonly actionInFlight: boolean;
  readonly actionError: WsapiError | null;
  readonly outcome: ActionOutcome | null;

  readonly exporting: boolean;
  readonly exportError: WsapiError | null;
  readonly exportedFile: string | null;
}

export const initialTransactionsState: TransactionsState = {
  query: null,
  page: null,
  loading: false,
  error: null,
  detailId: null,
  detail: null,
  detailLoading: false,
  detailError: null,
  pendingAction: null,
  actionInFlight: false,
  actionError: null,
  outcome: null,
  exporting: false,
  exportError: null,
  exportedFile: null,
};

/** A changed transaction replaces its row in the page on screen, if it is there. */
function withRow(page: TransactionPage | null, changed: Transaction): TransactionPage | null {
  if (!page?.transactions.some((row) => row.id === changed.id)) return page;
  return {
    ...page,
    transactions: page.transactions.map((row) => (row.id === changed.id ? rowOf(changed) : row)),
  };
}

function startAction(state: TransactionsState, action: TransactionAction): TransactionsState {
  if (state.actionInFlight) return state;
  return {
    ...state,
    pendingAction: action,
    actionInFlight: true,
    actionError: null,
    outcome: null,
  };
}

function changed(
  state: TransactionsState,
  transaction: TransactionDetail,
  outcome: ActionOutcome,
): TransactionsState {
  return {
    ...state,
    detail: transaction.id === state.detailId ? transaction : state.detail,
    page: withRow(state.page, transaction),
    pendingAction: null,
    actionInFlight: false,
    actionError: null,
    outcome,
  };
}

export const transactionsFeature = createFeature({
  name: 'transactions',
  reducer: createReducer(
    initialTransactionsState,
    on(TransactionsPageActions.queryChanged, (state, { query }): TransactionsState => ({
      ...state,
      query,
      loading: true,
      error: null,
    })),
    on(TransactionsPageActions.retryClicked, (state): TransactionsState => ({
      ...state,
      loading: true,
      error: null,
    })),
    on(TransactionsApiActions.pageLoaded, (state, { page }): TransactionsState => ({
      ...state,
      page,
      loading: false,
      error: null,
    })),
    on(TransactionsApiActions.pageFailed, (state, { error }): TransactionsState => ({
      ...state,
      loading: false,
      error,
    })),

    on(TransactionDetailPageActions.opened, (state, { id }): TransactionsState => ({
      ...state,
      detailId: id,
      detail: state.detail?.id === id ? state.detail : null,
      detailLoading: true,
      detailError: null,
      pendingAction: null,
      actionInFlight: false,
      actionError: null,
      outcome: null,
    })),
    on(TransactionDetailPageActions.retryClicked, (state): TransactionsState => ({
      ...state,
      detailLoading: true,
      detailError: null,
    })),
    on(TransactionsApiActions.detailLoaded, (state, { transaction }): TransactionsState =>
      transaction.id === state.detailId
        ? {
            ...state,
            detail: transaction,
            detailLoading: false,
            detailError: null,
            page: withRow(state.page, transaction),
          }
        : state,
    ),
    on(TransactionsApiActions.detailFailed, (state, { error }): TransactionsState => ({
      ...state,
      detailLoading: false,
      detailError: error,
    })),

    on(TransactionDetailPageActions.refundConfirmed, (state, props): TransactionsState =>
      startAction(state, {
        kind: 'refund',
        transactionId: props.transactionId,
        amount: props.amount,
        restock: props.restock,
        idempotencyKey: props.idempotencyKey,
      }),
    ),
    on(TransactionDetailPageActions.voidConfirmed, (state, props): TransactionsState =>
      startAction(state, {
        kind: 'void',
        transactionId: props.transactionId,
        idempotencyKey: props.idempotencyKey,
      }),
    ),
    on(TransactionDetailPageActions.receiptConfirmed, (state, props): TransactionsState =>
      startAction(state, {
        kind: 'receipt',
        transactionId: props.transactionId,
        email: props.email,
        idempotencyKey: props.idempotencyKey,
      }),
    ),
    on(TransactionDetailPageActions.actionRetried, (state): TransactionsState =>
      state.pendingAction && !state.actionInFlight
        ? { ...state, actionInFlight: true, actionError: null }
        : state,
    ),
    on(
      TransactionsApiActions.refundSucceeded,
      (state, { transaction, amount }): TransactionsState =>
        changed(state, transaction, { kind: 'refunded', amount, currency: transaction.currency }),
    ),
    on(TransactionsApiActions.voidSucceeded, (state, { transaction }): TransactionsState =>
      changed(state, transaction, { kind: 'voided' }),
    ),
    on(TransactionsApiActions.receiptSent, (state, { email }): TransactionsState => ({
      ...state,
      pendingAction: null,
      actionInFlight: false,
      actionError: null,
      outcome: { kind: 'receipt-sent', email },
    })),
    on(TransactionsApiActions.actionFailed, (state, { error }): TransactionsState => ({
      ...state,
      actionInFlight: false,
      actionError: error,
    })),

    on(TransactionsPageActions.exportClicked, (state): TransactionsState => ({
      ...state,
      exporting: true,
      exportError: null,
      exportedFile: null,
    })),
    on(TransactionsApiActions.exportSucceeded, (state, { fileName }): TransactionsState => ({
      ...state,
      exporting: false,
      exportedFile: fileName,
    })),
    on(TransactionsApiActions.exportFailed, (state, { error }): TransactionsState => ({
      ...state,
      exporting: false,
      exportError: error,
    })),
  ),
  extraSelectors: ({ selectPendingAction, selectActionInFlight }) => ({
    /** The kind of action on its way, for the buttons' progress labels. */
    selectPendingActionKind: createSelector(
      selectPendingAction,
      selectActionInFlight,
      (action, busy) => (busy && action ? action.kind : null),
    ),
  }),
});
