import { Action } from '@ngrx/store';
import { DEFAULT_QUERY } from '../transaction-query';
import { TransactionDetail, rowOf } from '../transactions.model';
import {
  TransactionDetailPageActions,
  TransactionsApiActions,
  TransactionsPageActions,
} from './transactions.actions';
import { SALE } from './transactions.fixtures';
import {
  TransactionsState,
  initialTransactionsState,
  transactionsFeature,
} from './transactions.feature';

const reduce = (...actions: Action[]): TransactionsState =>
  actions.reduce<TransactionsState>(
    (state, action) => transactionsFeature.reducer(state, action),
    initialTransactionsState,
  );

const ROW = rowOf(SALE);
const PAGE = { transactions: [ROW], page: 1, pageSize: 25, totalCount: 1, totalPages: 1 };
const PARTLY: TransactionDetail = {
  ...SALE,
  status: 'partially_refunded',
  refunded: 500,
  refundable: 1500,
  voidable: false,
  refunds: [{ id: 'txn_refund', amount: 500, createdAt: SALE.createdAt, userName: 'merchant' }],
};
const refundConfirmed = TransactionDetailPageActions.refundConfirmed({
  transactionId: SALE.id,
  amount: 500,
  restock: false,
  idempotencyKey: 'key-1',
});

describe('transactions feature', () => {
  it('loads the page the query asks for', () => {
    const loading = reduce(TransactionsPageActions.queryChanged({ query: DEFAULT_QUERY }));
    expect(loading.loading).toBeTrue();
    expect(loading.query).toEqual(DEFAULT_QUERY);
    const loaded = transactionsFeature.reducer(
      loading,
      TransactionsApiActions.pageLoaded({ page: PAGE }),
    );
    expect(loaded.loading).toBeFalse();
    expect(loaded.page).toEqual(PAGE);
  });

  it('keeps a failed load’s error until the user retries', () => {
    const failed = reduce(
      TransactionsPageActions.queryChanged({ query: DEFAULT_QUERY }),
      TransactionsApiActions.pageFailed({ error: { kind: 'network' } }),
    );
    expect(failed.error).toEqual({ kind: 'network' });
    const retried = transactionsFeature.reducer(failed, TransactionsPageActions.retryClicked());
    expect(retried.error).toBeNull();
    expect(retried.loading).toBeTrue();
  });

  it('a refund shows the sale’s new state in the detail and in the list row', () => {
    const state = reduce(
      TransactionsApiActions.pageLoaded({ page: PAGE }),
      TransactionDetailPageActions.opened({ id: SALE.id }),
      TransactionsApiActions.detailLoaded({ transaction: SALE }),
      refundConfirmed,
      TransactionsApiActions.refundSucceeded({ transaction: PARTLY, amount: 500 }),
    );
    expect(state.detail).toEqual(PARTLY);
    expect(state.page?.transactions[0].status).toBe('partially_refunded');
    expect(state.page?.transactions[0].refundable).toBe(1500);
    expect(Object.keys(state.page!.transactions[0])).not.toContain('refunds');
    expect(state.outcome).toEqual({ kind: 'refunded', amount: 500, currency: 'USD' });
    expect(state.pendingAction).toBeNull();
    expect(state.actionInFlight).toBeFalse();
  });

  it('keeps a failed action (and its key) to retry it; a second confirm meanwhile is ignored', () => {
    const inFlight = reduce(TransactionDetailPageActions.opened({ id: SALE.id }), refundConfirmed);
    expect(
      transactionsFeature.selectPendingActionKind.projector(inFlight.pendingAction, true),
    ).toBe('refund');
    const second = transactionsFeature.reducer(
      inFlight,
      TransactionDetailPageActions.voidConfirmed({ transactionId: SALE.id, idempotencyKey: 'k2' }),
    );
    expect(second).toBe(inFlight);

    const failed = transactionsFeature.reducer(
      inFlight,
      TransactionsApiActions.actionFailed({ error: { kind: 'network' } }),
    );
    expect(failed.actionInFlight).toBeFalse();
    expect(failed.actionError).toEqual({ kind: 'network' });
    expect(failed.pendingAction).toEqual({
      kind: 'refund',
      transactionId: SALE.id,
      amount: 500,
      restock: false,
      idempotencyKey: 'key-1',
    });
    const retried = transactionsFeature.reducer(
      failed,
      TransactionDetailPageActions.actionRetried(),
    );
    expect(retried.actionInFlight).toBeTrue();
    expect(retried.actionError).toBeNull();
    expect(retried.pendingAction).toEqual(failed.pendingAction);
  });

  it('opening another transaction forgets the last one’s action and outcome', () => {
    const done = reduce(
      TransactionDetailPageActions.opened({ id: SALE.id }),
      TransactionsApiActions.detailLoaded({ transaction: SALE }),
      TransactionDetailPageActions.voidConfirmed({ transactionId: SALE.id, idempotencyKey: 'k' }),
      TransactionsApiActions.voidSucceeded({ transaction: { ...SALE, status: 'voided' } }),
    );
    expect(done.outcome).toEqual({ kind: 'voided' });
    const other = transactionsFeature.reducer(
      done,
      TransactionDetailPageActions.opened({ id: 'txn_other' }),
    );
    expect(other.detail).toBeNull();
    expect(other.outcome).toBeNull();
    expect(other.detailLoading).toBeTrue();
  });

  it('ignores a late detail of a transaction no longer shown', () => {
    const state = reduce(
      TransactionDetailPageActions.opened({ id: 'txn_other' }),
      TransactionsApiActions.detailLoaded({ transaction: SALE }),
    );
    expect(state.detail).toBeNull();
    expect(state.detailLoading).toBeTrue();
  });

  it('tracks the export', () => {
    const exporting = reduce(TransactionsPageActions.exportClicked());
    expect(exporting.exporting).toBeTrue();
    const done = transactionsFeature.reducer(
      exporting,
      TransactionsApiActions.exportSucceeded({ fileName: 'transactions-20261125.csv' }),
    );
    expect(done.exporting).toBeFalse();
    expect(done.exportedFile).toBe('transactions-20261125.csv');
  });
});
