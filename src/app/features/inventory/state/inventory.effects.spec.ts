import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { MatSnackBar } from '@angular/material/snack-bar';
import { Router, provideRouter } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { Store, provideStore } from '@ngrx/store';
import { signedInState } from '../../../../testing/auth-presets';
import { useFakeTime } from '../../../../testing/fake-time';
import { setUpWsapiSpec } from '../../../../testing/wsapi-spec';
import { authFeature } from '../../../core/auth/state/auth.feature';
import { SEARCH_DEBOUNCE_MS } from '../inventory.model';
import {
  InventoryApiActions,
  InventoryPageActions,
  ItemEditorPageActions,
} from './inventory.actions';
import * as inventoryEffects from './inventory.effects';
import { initialInventoryState, inventoryFeature } from './inventory.feature';
import { MUG, MUG_DTO } from '../../../core/wsapi/inventory-item.testing';
import { MUG_DRAFT } from '../inventory.testing';
import { refusal } from '../../../../testing/wsapi-errors';

const INVENTORY = 'https://api.example.com/WSAPI/Inventory';
const listDto = (items: unknown[], total = items.length) => ({
  items,
  page: 1,
  page_size: 25,
  total_count: total,
  total_pages: Math.ceil(total / 25),
});

describe('inventory effects', () => {
  const time = useFakeTime();
  let store: Store;
  let backend: HttpTestingController;
  let navigateByUrl: jasmine.Spy<Router['navigateByUrl']>;
  let snackBar: jasmine.Spy<MatSnackBar['open']>;

  beforeEach(() => {
    ({ subject: store, backend } = setUpWsapiSpec(Store, [
      provideRouter([]),
      provideStore(
        {
          [authFeature.name]: authFeature.reducer,
          [inventoryFeature.name]: inventoryFeature.reducer,
        },
        { initialState: { auth: signedInState(), inventory: initialInventoryState } },
      ),
      provideEffects(inventoryEffects),
    ]));
    navigateByUrl = spyOn(TestBed.inject(Router), 'navigateByUrl').and.resolveTo(true);
    snackBar = spyOn(TestBed.inject(MatSnackBar), 'open');
  });

  afterEach(() => backend.verify());

  const state = () => store.selectSignal(inventoryFeature.selectInventoryState)();
  const listRequests = () => backend.match((req) => req.method === 'GET' && req.url === INVENTORY);

  it('opening the page loads the first page, sorted by the server', () => {
    store.dispatch(InventoryPageActions.opened());
    const [get] = listRequests();
    expect(get.request.params.toString()).toBe('page=1&page_size=25');
    get.flush(listDto([MUG_DTO], 30));
    expect(state().items).toEqual([MUG]);
    expect(state().totalCount).toBe(30);
    expect(state().loading).toBeFalse();
  });

  it('searches once typing pauses, for the last text typed only', () => {
    for (const q of ['m', 'mu', 'mug']) {
      store.dispatch(InventoryPageActions.searchChanged({ q }));
      time.advance(SEARCH_DEBOUNCE_MS - 50);
    }
    expect(listRequests()).toEqual([]);
    time.advance(50);
    const requests = listRequests();
    expect(requests.length).toBe(1);
    expect(requests[0].request.params.get('q')).toBe('mug');
    expect(requests[0].request.params.get('page')).toBe('1');
    requests[0].flush(listDto([MUG_DTO]));
    expect(state().items).toEqual([MUG]);
  });

  it('a newer page cancels the answer of an older one', () => {
    store.dispatch(InventoryPageActions.pageChanged({ page: 2, pageSize: 25 }));
    store.dispatch(InventoryPageActions.pageChanged({ page: 3, pageSize: 25 }));
    const [older, newer] = listRequests();
    expect(older.cancelled).toBeTrue();
    expect(newer.request.params.get('page')).toBe('3');
    newer.flush(listDto([]));
  });

  it('a failed load is kept for the page to offer a retry', () => {
    store.dispatch(InventoryPageActions.opened());
    listRequests()[0].flush(
      { error: { code: 'forbidden', message: 'No.' } },
      { status: 403, statusText: 'Forbidden' },
    );
    expect(state().loadError).toEqual({ kind: 'forbidden', code: 'forbidden' });
  });

  it('creating posts once, then announces it and goes back to the list', () => {
    store.dispatch(ItemEditorPageActions.createSubmitted({ draft: MUG_DRAFT }));
    store.dispatch(ItemEditorPageActions.createSubmitted({ draft: MUG_DRAFT }));
    const post = backend.expectOne({ method: 'POST', url: INVENTORY });
    post.flush(MUG_DTO, { status: 201, statusText: 'Created' });
    expect(state().saving).toBeFalse();
    expect(navigateByUrl).toHaveBeenCalledOnceWith('/inventory');
    expect(snackBar).toHaveBeenCalledOnceWith('“Ceramic Mug” added.', undefined, {
      duration: 5000,
    });
  });

  it('a taken SKU stays on the editor as an error on the sku field', () => {
    store.dispatch(ItemEditorPageActions.createSubmitted({ draft: MUG_DRAFT }));
    backend.expectOne({ method: 'POST', url: INVENTORY }).flush(
      {
        error: {
          code: 'invalid_request',
          message: 'Another item already has this SKU.',
          field: 'sku',
        },
      },
      { status: 400, statusText: 'Bad Request' },
    );
    expect(state().saveError).toEqual(refusal('sku', 'Another item already has this SKU.'));
    expect(navigateByUrl).not.toHaveBeenCalled();
    expect(snackBar).not.toHaveBeenCalled();
  });

  it('updating puts the draft to the item and goes back to the list', () => {
    store.dispatch(
      ItemEditorPageActions.updateSubmitted({
        id: 'item_abc',
        draft: { ...MUG_DRAFT, price: 1950 },
      }),
    );
    const put = backend.expectOne({ method: 'PUT', url: `${INVENTORY}/item_abc` });
    expect(put.request.body.price).toBe(1950);
    put.flush({ ...MUG_DTO, price: 1950 });
    expect(state().editing?.price).toBe(1950);
    expect(navigateByUrl).toHaveBeenCalledOnceWith('/inventory');
  });

  it('an editor opened on an item the list lacks fetches it; a listed one does not', () => {
    store.dispatch(ItemEditorPageActions.opened({ id: 'item_abc' }));
    backend.expectOne({ method: 'GET', url: `${INVENTORY}/item_abc` }).flush(MUG_DTO);
    expect(state().editing).toEqual(MUG);

    store.dispatch(
      InventoryApiActions.itemsLoaded({
        result: { items: [MUG], page: 1, pageSize: 25, totalCount: 1 },
      }),
    );
    store.dispatch(ItemEditorPageActions.opened({ id: 'item_abc' }));
    backend.expectNone(`${INVENTORY}/item_abc`);

    store.dispatch(ItemEditorPageActions.opened({ id: 'item_gone' }));
    backend
      .expectOne(`${INVENTORY}/item_gone`)
      .flush(
        { error: { code: 'not_found', message: 'Not found.' } },
        { status: 404, statusText: 'Not Found' },
      );
    expect(state().editorError).toEqual({ kind: 'not-found' });
  });

  it('deleting removes the item, announces it, and fetches the page again', () => {
    store.dispatch(InventoryPageActions.deleteConfirmed({ item: MUG }));
    backend
      .expectOne({ method: 'DELETE', url: `${INVENTORY}/item_abc` })
      .flush(null, { status: 204, statusText: 'No Content' });
    expect(snackBar).toHaveBeenCalledOnceWith('“Ceramic Mug” deleted.', undefined, {
      duration: 5000,
    });
    const [reload] = listRequests();
    reload.flush(listDto([]));
    expect(state().deletingId).toBeNull();
  });

  it('a failed delete is kept and nothing is fetched again', () => {
    store.dispatch(InventoryPageActions.deleteConfirmed({ item: MUG }));
    backend
      .expectOne({ method: 'DELETE', url: `${INVENTORY}/item_abc` })
      .flush(null, { status: 500, statusText: 'Server Error' });
    expect(state().deleteError).toEqual({ kind: 'server', status: 500 });
    expect(listRequests()).toEqual([]);
  });
});
