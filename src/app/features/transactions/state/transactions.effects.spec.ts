import { HttpTestingController } from '@angular/common/http/testing';
import { provideEffects } from '@ngrx/effects';
import { Store, provideStore } from '@ngrx/store';
import { setUpWsapiSpec } from '../../../../testing/wsapi-spec';
import { DownloadedFile } from '../transactions-api';
import { rowOf } from '../transactions.model';
import { SAVE_FILE } from '../save-file';
import { TIME_ZONE } from '../../../core/wsapi/time-zone';
import { DEFAULT_QUERY, EMPTY_FILTER, TransactionQuery } from '../transaction-query';
import { TransactionDetailPageActions, TransactionsPageActions } from './transactions.actions';
import * as transactionsEffects from './transactions.effects';
import { SALE, SALE_DTO } from './transactions.fixtures';
import { initialTransactionsState, transactionsFeature } from './transactions.feature';
import { waitUntil } from '../../../../testing/wait-until';
import { refusal } from '../../../../testing/wsapi-errors';

const API = 'https://api.example.com/WSAPI/Transactions';

describe('transactions effects', () => {
  let store: Store;
  let backend: HttpTestingController;
  let saved: DownloadedFile[];

  beforeEach(() => {
    saved = [];
    ({ subject: store, backend } = setUpWsapiSpec(Store, [
      { provide: TIME_ZONE, useValue: 'America/Toronto' },
      { provide: SAVE_FILE, useValue: (file: DownloadedFile) => saved.push(file) },
      provideStore(
        { [transactionsFeature.name]: transactionsFeature.reducer },
        { initialState: { transactions: initialTransactionsState } },
      ),
      provideEffects(transactionsEffects),
    ]));
  });

  afterEach(() => backend.verify());

  const state = () => store.selectSignal(transactionsFeature.selectTransactionsState)();
  /** The user confirmed a refund of `amount` of SALE, sent with `idempotencyKey`. */
  const confirmRefund = (amount: number, idempotencyKey: string, restock = false) =>
    store.dispatch(
      TransactionDetailPageActions.refundConfirmed({
        transactionId: SALE.id,
        amount,
        restock,
        idempotencyKey,
      }),
    );

  const FILTERED: TransactionQuery = {
    ...DEFAULT_QUERY,
    filter: { ...EMPTY_FILTER, from: '2026-11-01', tender: 'Cash', amount: 2000 },
    page: 2,
  };

  function openSale(): void {
    store.dispatch(TransactionDetailPageActions.opened({ id: SALE.id }));
    backend.expectOne(`${API}/${SALE.id}`).flush(SALE_DTO);
  }

  it('loads the page of the query, with its filters in minor units and the time zone', () => {
    store.dispatch(TransactionsPageActions.queryChanged({ query: FILTERED }));
    const request = backend.expectOne((req) => req.url === API);
    expect(request.request.method).toBe('GET');
    expect(request.request.params.keys().sort()).toEqual(
      ['amount', 'from', 'page', 'page_size', 'sort', 'tender', 'time_zone'].sort(),
    );
    expect(request.request.params.get('amount')).toBe('2000');
    expect(request.request.params.get('time_zone')).toBe('America/Toronto');
    expect(request.request.params.get('sort')).toBe('-created_at');
    expect(request.request.params.get('page')).toBe('2');
    request.flush({
      transactions: [SALE_DTO],
      page: 2,
      page_size: 25,
      total_count: 26,
      total_pages: 2,
    });
    const row = rowOf(SALE);
    expect(state().page).toEqual({
      transactions: [row],
      page: 2,
      pageSize: 25,
      totalCount: 26,
      totalPages: 2,
    });
  });

  it('a newer query cancels the older request', () => {
    store.dispatch(TransactionsPageActions.queryChanged({ query: DEFAULT_QUERY }));
    store.dispatch(TransactionsPageActions.queryChanged({ query: FILTERED }));
    const [first, second] = backend.match((req) => req.url === API);
    expect(first.cancelled).toBeTrue();
    second.flush({ transactions: [], page: 2, page_size: 25, total_count: 0, total_pages: 0 });
    expect(state().loading).toBeFalse();
  });

  it('refunds with an Idempotency-Key and shows the sale as the server answers it', () => {
    openSale();
    confirmRefund(500, 'key-refund-1');
    const post = backend.expectOne({ method: 'POST', url: `${API}/${SALE.id}/Refund` });
    expect(post.request.body).toEqual({ amount: 500 });
    expect(post.request.headers.get('Idempotency-Key')).toBe('key-refund-1');
    post.flush({
      ...SALE_DTO,
      status: 'partially_refunded',
      refunded: 500,
      refundable: 1500,
      voidable: false,
      refunds: [{ id: 'txn_r', amount: 500, created_at: '20261125120000', user_name: 'merchant' }],
    });
    expect(state().detail?.status).toBe('partially_refunded');
    expect(state().detail?.refundable).toBe(1500);
    expect(state().detail?.refunds.length).toBe(1);
    expect(state().outcome).toEqual({ kind: 'refunded', amount: 500, currency: 'USD' });
  });

  it('a retry after a lost answer resends the same request with the same key', () => {
    openSale();
    confirmRefund(500, 'key-refund-1');
    backend.expectOne(`${API}/${SALE.id}/Refund`).error(new ProgressEvent('error'));
    expect(state().actionError).toEqual({ kind: 'network' });

    store.dispatch(TransactionDetailPageActions.actionRetried());
    const again = backend.expectOne(`${API}/${SALE.id}/Refund`);
    expect(again.request.headers.get('Idempotency-Key')).toBe('key-refund-1');
    expect(again.request.body).toEqual({ amount: 500 });
    again.flush({ ...SALE_DTO, status: 'partially_refunded', refunded: 500, refundable: 1500 });
    expect(state().actionError).toBeNull();
  });

  it('asks the server to restock only when the user chose to', () => {
    openSale();
    confirmRefund(2000, 'key-restock', true);
    const post = backend.expectOne({ method: 'POST', url: `${API}/${SALE.id}/Refund` });
    expect(post.request.body).toEqual({ amount: 2000, restock: true });
    post.flush({ ...SALE_DTO, status: 'refunded', refunded: 2000, refundable: 0, voidable: false });
  });

  it('an over-refund the server refuses reloads the sale to show what remains', () => {
    openSale();
    confirmRefund(2000, 'k');
    backend.expectOne(`${API}/${SALE.id}/Refund`).flush(
      {
        error: {
          code: 'invalid_request',
          message: 'At most 1500 (minor units) remains refundable.',
          field: 'amount',
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(state().actionError).toEqual(
      jasmine.objectContaining({ kind: 'invalid-request', field: 'amount' }),
    );
    backend
      .expectOne({ method: 'GET', url: `${API}/${SALE.id}` })
      .flush({ ...SALE_DTO, status: 'partially_refunded', refunded: 500, refundable: 1500 });
    expect(state().detail?.refundable).toBe(1500);
  });

  it('voids with an empty body and its own key', () => {
    openSale();
    store.dispatch(
      TransactionDetailPageActions.voidConfirmed({ transactionId: SALE.id, idempotencyKey: 'v1' }),
    );
    const post = backend.expectOne({ method: 'POST', url: `${API}/${SALE.id}/Void` });
    expect(post.request.body).toEqual({});
    expect(post.request.headers.get('Idempotency-Key')).toBe('v1');
    post.flush({ ...SALE_DTO, status: 'voided', voidable: false, refundable: 0 });
    expect(state().detail?.status).toBe('voided');
    expect(state().outcome).toEqual({ kind: 'voided' });
  });

  it('a void refused as a conflict (settled meanwhile) reloads the sale', () => {
    openSale();
    store.dispatch(
      TransactionDetailPageActions.voidConfirmed({ transactionId: SALE.id, idempotencyKey: 'v1' }),
    );
    backend
      .expectOne(`${API}/${SALE.id}/Void`)
      .flush(
        { error: { code: 'conflict', message: 'settled', field: null } },
        { status: 409, statusText: 'Conflict' },
      );
    backend.expectOne(`${API}/${SALE.id}`).flush({ ...SALE_DTO, settled: true, voidable: false });
    expect(state().detail?.voidable).toBeFalse();
    expect(state().actionError).toEqual({
      kind: 'conflict',
      code: 'conflict',
      field: null,
      message: 'settled',
    });
  });

  it('emails the receipt', () => {
    openSale();
    store.dispatch(
      TransactionDetailPageActions.receiptConfirmed({
        transactionId: SALE.id,
        email: 'pat@example.com',
        idempotencyKey: 'r1',
      }),
    );
    const post = backend.expectOne({ method: 'POST', url: `${API}/${SALE.id}/Receipt` });
    expect(post.request.body).toEqual({ email: 'pat@example.com' });
    expect(post.request.headers.get('Idempotency-Key')).toBe('r1');
    post.flush({ email: 'pat@example.com', receipt: {} });
    expect(state().outcome).toEqual({ kind: 'receipt-sent', email: 'pat@example.com' });
  });

  it('exports the current filter as a blob and hands it to the browser with its file name', () => {
    store.dispatch(TransactionsPageActions.queryChanged({ query: FILTERED }));
    backend
      .expectOne((req) => req.url === API)
      .flush({ transactions: [], page: 2, page_size: 25, total_count: 0, total_pages: 0 });

    store.dispatch(TransactionsPageActions.exportClicked());
    const get = backend.expectOne((req) => req.url === `${API}/Export`);
    expect(get.request.responseType).toBe('blob');
    expect(get.request.params.get('tender')).toBe('Cash');
    expect(get.request.params.get('amount')).toBe('2000');
    expect(get.request.params.has('page')).toBeFalse();
    const csv = new Blob(['id,type\r\n'], { type: 'text/csv' });
    get.flush(csv, {
      headers: { 'Content-Disposition': 'attachment; filename="transactions-20261125.csv"' },
    });
    expect(saved.length).toBe(1);
    expect(saved[0].fileName).toBe('transactions-20261125.csv');
    expect(saved[0].blob).toBe(csv);
    expect(state().exportedFile).toBe('transactions-20261125.csv');
  });

  it('an export error’s JSON body (a Blob) is read back into a typed error', async () => {
    store.dispatch(TransactionsPageActions.queryChanged({ query: DEFAULT_QUERY }));
    backend
      .expectOne((req) => req.url === API)
      .flush({ transactions: [], page: 1, page_size: 25, total_count: 0, total_pages: 0 });
    store.dispatch(TransactionsPageActions.exportClicked());
    const body = JSON.stringify({
      error: { code: 'invalid_request', message: 'bad from', field: 'from' },
    });
    backend
      .expectOne((req) => req.url === `${API}/Export`)
      .flush(new Blob([body], { type: 'application/json' }), {
        status: 400,
        statusText: 'Bad Request',
      });
    // Reading a Blob is asynchronous: wait (bounded) until the effect has read it back.
    await waitUntil(() => state().exportError !== null, 'the export error read back');
    expect(state().exportError).toEqual(refusal('from', 'bad from'));
    expect(saved).toEqual([]);
  });
});
