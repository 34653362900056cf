import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideEffects } from '@ngrx/effects';
import { Action, ActionReducer, Store, provideState, provideStore } from '@ngrx/store';
import { setUpWsapiSpec } from '../../../../testing/wsapi-spec';
import { PendingCard } from '../pending-card';
import { SaleRequest } from '../sale.model';
import { VirtualTerminalPageActions } from './virtual-terminal.actions';
import * as virtualTerminalEffects from './virtual-terminal.effects';
import { VirtualTerminalState, virtualTerminalFeature } from './virtual-terminal.feature';
import { refusal } from '../../../../testing/wsapi-errors';

const WSAPI = 'https://api.example.com/WSAPI';
const CARD = { number: '4000000000000002', expiry: '12/30', cvv: '987', postalCode: '12345' };
const SALE: SaleRequest = { lines: [{ amount: 1999 }], tender: 'Card', taxRateMilli: 0 };
const DECLINED = {
  id: 'txn_1',
  status: 'declined',
  tender: 'Card',
  card: { brand: 'Visa', last4: '0002' },
  decline: { code: 'insufficient_funds', message: 'Insufficient funds.' },
  subtotal: 1999,
  total: 1999,
};

describe('virtual terminal effects and state', () => {
  let store: Store;
  let backend: HttpTestingController;
  let pendingCard: PendingCard;
  const seen: Action[] = [];
  const record =
    (reducer: ActionReducer<object>): ActionReducer<object> =>
    (state, action) => {
      seen.push(action);
      return reducer(state, action);
    };

  beforeEach(() => {
    seen.length = 0;
    ({ subject: store, backend } = setUpWsapiSpec(Store, [
      provideStore({}, { metaReducers: [record] }),
      provideState(virtualTerminalFeature),
      provideEffects(virtualTerminalEffects),
      PendingCard,
    ]));
    pendingCard = TestBed.inject(PendingCard);
  });

  afterEach(() => backend.verify());

  const state = () =>
    TestBed.runInInjectionContext(() =>
      store.selectSignal(virtualTerminalFeature.selectVirtualTerminalState)(),
    );

  it('loads the items when the page opens with inventory on, and not without', () => {
    store.dispatch(VirtualTerminalPageActions.opened({ withItems: false }));
    backend.expectNone(() => true);
    store.dispatch(VirtualTerminalPageActions.opened({ withItems: true }));
    expect(state().itemsLoading).toBeTrue();
    backend
      .expectOne((request) => request.url === `${WSAPI}/Inventory`)
      .flush({
        items: [{ id: 'item_1', name: 'Latte', sku: 'L', price: 450, stock: null }],
        total_pages: 1,
      });
    expect(state().itemsLoading).toBeFalse();
    expect(state().items.map((item) => item.name)).toEqual(['Latte']);
  });

  it('keeps a failed item load as an error, and retries on request', () => {
    store.dispatch(VirtualTerminalPageActions.opened({ withItems: true }));
    backend
      .expectOne(`${WSAPI}/Inventory?active=true&sort=name&page_size=100&page=1`)
      .flush({}, { status: 500, statusText: 'Error' });
    expect(state().itemsError).toEqual({ kind: 'server', status: 500 });
    store.dispatch(VirtualTerminalPageActions.itemsRetryClicked());
    expect(state().itemsError).toBeNull();
    backend.expectOne((request) => request.url === `${WSAPI}/Inventory`).flush({ items: [] });
    expect(state().items).toEqual([]);
  });

  it('sends the card from PendingCard, empties it, and keeps no card in any action or state', () => {
    pendingCard.hold(CARD);
    store.dispatch(VirtualTerminalPageActions.saleSubmitted({ sale: SALE, idempotencyKey: 'k1' }));
    expect(pendingCard.take()).withContext('taken by the effect').toBeNull();
    expect(state().submitting).toBeTrue();

    const post = backend.expectOne({ method: 'POST', url: `${WSAPI}/Transactions` });
    expect(post.request.body.card).toEqual({
      number: CARD.number,
      expiry: '12/30',
      cvv: '987',
      postal_code: '12345',
    });
    post.flush(DECLINED, { status: 201, statusText: 'Created' });

    expect(state().submitting).toBeFalse();
    expect(state().result?.decline?.code).toBe('insufficient_funds');
    const everything = JSON.stringify({ seen, state: state() });
    for (const secret of [CARD.number, '987', '12/30']) {
      expect(everything).withContext(secret).not.toContain(secret);
    }
  });

  it('a failed sale is an error to show, not a result', () => {
    store.dispatch(VirtualTerminalPageActions.saleSubmitted({ sale: SALE, idempotencyKey: 'k2' }));
    backend
      .expectOne(`${WSAPI}/Transactions`)
      .flush(
        { error: { code: 'invalid_request', field: 'card.number', message: 'Not valid.' } },
        { status: 400, statusText: 'Bad Request' },
      );
    const current: VirtualTerminalState = state();
    expect(current.result).toBeNull();
    expect(current.saleError).toEqual(refusal('card.number', 'Not valid.'));
  });

  it('emails the receipt and remembers where it went; a new sale starts clean', () => {
    store.dispatch(VirtualTerminalPageActions.saleSubmitted({ sale: SALE, idempotencyKey: 'k3' }));
    backend.expectOne(`${WSAPI}/Transactions`).flush(DECLINED);
    store.dispatch(
      VirtualTerminalPageActions.receiptRequested({
        transactionId: 'txn_1',
        email: 'a@b.co',
        idempotencyKey: 'r1',
      }),
    );
    expect(state().receipt.sending).toBeTrue();
    const post = backend.expectOne(`${WSAPI}/Transactions/txn_1/Receipt`);
    expect(post.request.headers.get('Idempotency-Key')).toBe('r1');
    post.flush({ email: 'a@b.co' });
    expect(state().receipt).toEqual({ sending: false, sentTo: 'a@b.co', error: null });

    store.dispatch(VirtualTerminalPageActions.newSaleStarted({ withItems: false }));
    expect(state().result).toBeNull();
    expect(state().receipt.sentTo).toBeNull();
  });
});
