import { HttpErrorResponse } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { firstValueFrom } from 'rxjs';
import { setUpWsapiSpec } from '../../../testing/wsapi-spec';
import { InventoryApi } from './inventory-api';
import { toInventoryError } from './inventory-errors';
import { MUG, MUG_DTO } from '../../core/wsapi/inventory-item.testing';
import { refusal } from '../../../testing/wsapi-errors';

const INVENTORY = 'https://api.example.com/WSAPI/Inventory';

describe('InventoryApi', () => {
  let api: InventoryApi;
  let backend: HttpTestingController;

  beforeEach(() => ({ subject: api, backend } = setUpWsapiSpec(InventoryApi)));
  afterEach(() => backend.verify());

  it('asks the server for one page of a search, and maps the rows', async () => {
    const result = firstValueFrom(api.list({ q: ' mug ', page: 2, pageSize: 10 }));
    const get = backend.expectOne((req) => req.url === INVENTORY);
    expect(get.request.method).toBe('GET');
    expect(get.request.params.toString()).toBe('page=2&page_size=10&q=mug');
    get.flush({ items: [MUG_DTO], page: 2, page_size: 10, total_count: 11, total_pages: 2 });
    expect(await result).toEqual({ items: [MUG], page: 2, pageSize: 10, totalCount: 11 });
  });

  it('leaves an empty search out, and reads untracked stock as null', async () => {
    const result = firstValueFrom(api.list({ q: '  ', page: 1, pageSize: 25 }));
    const get = backend.expectOne((req) => req.url === INVENTORY);
    expect(get.request.params.has('q')).toBeFalse();
    get.flush({ items: [{ ...MUG_DTO, stock: null }], page: 1, page_size: 25, total_count: 1 });
    expect((await result).items[0].stock).toBeNull();
  });

  it('creates with the WSAPI’s field names and the price in minor units', async () => {
    const result = firstValueFrom(
      api.create({
        name: 'Ceramic Mug',
        sku: 'RTL-MUG',
        price: 1800,
        taxExempt: true,
        active: true,
        stock: null,
      }),
    );
    const post = backend.expectOne({ method: 'POST', url: INVENTORY });
    expect(post.request.body).toEqual({
      name: 'Ceramic Mug',
      sku: 'RTL-MUG',
      price: 1800,
      tax_exempt: true,
      active: true,
      stock: null,
    });
    post.flush(MUG_DTO, { status: 201, statusText: 'Created' });
    expect(await result).toEqual(MUG);
  });

  it('updates and deletes the item by its id', async () => {
    const updated = firstValueFrom(api.update('item_abc', { ...MUG, price: 1950 }));
    const put = backend.expectOne({ method: 'PUT', url: `${INVENTORY}/item_abc` });
    expect(put.request.body.price).toBe(1950);
    put.flush({ ...MUG_DTO, price: 1950 });
    expect((await updated).price).toBe(1950);

    const removed = firstValueFrom(api.remove('item_abc'), { defaultValue: 'none' });
    backend
      .expectOne({ method: 'DELETE', url: `${INVENTORY}/item_abc` })
      .flush(null, { status: 204, statusText: 'No Content' });
    expect(await removed).toBeUndefined();
  });
});

describe('toInventoryError', () => {
  const response = (status: number, error: unknown) =>
    new HttpErrorResponse({ status, error, url: INVENTORY });

  it('keeps the server’s field and message for a taken SKU (400)', () => {
    expect(
      toInventoryError(
        response(400, {
          error: {
            code: 'invalid_request',
            message: 'Another item already has this SKU.',
            field: 'sku',
          },
        }),
      ),
    ).toEqual(refusal('sku', 'Another item already has this SKU.'));
  });

  it('turns a 409 Conflict into an error on the SKU field', () => {
    expect(toInventoryError(response(409, { error: { code: 'conflict', message: '' } }))).toEqual({
      kind: 'invalid-request',
      code: 'conflict',
      field: 'sku',
      message: 'Another item already has this SKU.',
    });
    expect(
      toInventoryError(
        response(409, { error: { code: 'conflict', message: 'SKU taken.', field: 'sku' } }),
      ),
    ).toEqual(jasmine.objectContaining({ field: 'sku', message: 'SKU taken.' }));
  });

  it('maps everything else as the WSAPI edge does', () => {
    expect(toInventoryError(response(403, { error: { code: 'forbidden' } }))).toEqual({
      kind: 'forbidden',
      code: 'forbidden',
    });
    expect(toInventoryError(response(404, null))).toEqual({ kind: 'not-found' });
  });
});
