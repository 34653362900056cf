import { HttpTestingController } from '@angular/common/http/testing';
import { firstValueFrom } from 'rxjs';
import { setUpWsapiSpec } from '../../../testing/wsapi-spec';
import { VirtualTerminalApi } from './virtual-terminal-api';
import { SAMPLE_TOTALS } from './sale.testing';

const WSAPI = 'https://api.example.com/WSAPI';

const itemDto = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  name: `Item ${id}`,
  sku: id.toUpperCase(),
  price: 450,
  currency: 'USD',
  tax_exempt: false,
  active: true,
  stock: null,
  ...extra,
});

describe('VirtualTerminalApi', () => {
  let api: VirtualTerminalApi;
  let backend: HttpTestingController;

  beforeEach(() => ({ subject: api, backend } = setUpWsapiSpec(VirtualTerminalApi)));
  afterEach(() => backend.verify());

  it('reads every page of active items, by name', async () => {
    const items = firstValueFrom(api.activeItems());
    const first = backend.expectOne(
      (request) => request.url === `${WSAPI}/Inventory` && request.params.get('page') === '1',
    );
    expect(first.request.params.get('active')).toBe('true');
    expect(first.request.params.get('sort')).toBe('name');
    expect(first.request.params.get('page_size')).toBe('100');
    first.flush({ items: [itemDto('a', { stock: 3, tax_exempt: true })], page: 1, total_pages: 2 });
    backend
      .expectOne((request) => request.params.get('page') === '2')
      .flush({ items: [itemDto('b')], page: 2, total_pages: 2 });
    expect(await items).toEqual([
      {
        id: 'a',
        name: 'Item a',
        sku: 'A',
        price: 450,
        currency: 'USD',
        taxExempt: true,
        active: true,
        stock: 3,
      },
      {
        id: 'b',
        name: 'Item b',
        sku: 'B',
        price: 450,
        currency: 'USD',
        taxExempt: false,
        active: true,
        stock: null,
      },
    ]);
  });

  it('posts a sale in the WSAPI shape, with the idempotency key and the card only in the body', async () => {
    const result = firstValueFrom(
      api.recordSale(
        {
          lines: [{ amount: 1999 }, { itemId: 'item_1', quantity: 2 }],
          tender: 'Card',
          tip: 300,
          taxRateMilli: 8250,
          discount: 150,
        },
        { number: '4111111111111111', expiry: '12/30', cvv: '123', postalCode: '12345' },
        'key-1',
      ),
    );
    const post = backend.expectOne({ method: 'POST', url: `${WSAPI}/Transactions` });
    expect(post.request.headers.get('Idempotency-Key')).toBe('key-1');
    expect(post.request.body).toEqual({
      lines: [{ amount: 1999 }, { item_id: 'item_1', quantity: 2 }],
      tender: 'Card',
      tip: 300,
      tax_rate: 8.25,
      discount: 150,
      card: { number: '4111111111111111', expiry: '12/30', cvv: '123', postal_code: '12345' },
    });
    post.flush(
      {
        id: 'txn_1',
        status: 'declined',
        created_at: '20261125120000',
        currency: 'USD',
        tender: 'Card',
        card: { brand: 'Visa', last4: '1111', entry_mode: 'manual' },
        approval_code: null,
        decline: { code: 'insufficient_funds', message: 'Insufficient funds.' },
        lines: [{ description: 'Amount', quantity: 1, unit_price: 1999, amount: 1999 }],
        subtotal: 1999,
        discount: 150,
        tax_rate: 8.25,
        tax: 153,
        tip: 300,
        total: 2302,
      },
      { status: 201, statusText: 'Created' },
    );
    expect(await result).toEqual({
      id: 'txn_1',
      status: 'declined',
      createdAt: '20261125120000',
      currency: 'USD',
      tender: 'Card',
      card: { brand: 'Visa', last4: '1111' },
      approvalCode: null,
      decline: { code: 'insufficient_funds', message: 'Insufficient funds.' },
      lines: [{ description: 'Amount', quantity: 1, unitPrice: 1999, amount: 1999 }],
      ...SAMPLE_TOTALS,
    });
  });

  it('sends only the keys a cash sale has', async () => {
    const done = firstValueFrom(
      api.recordSale({ lines: [{ amount: 500 }], tender: 'Cash' }, null, 'key-2'),
    );
    const post = backend.expectOne(`${WSAPI}/Transactions`);
    expect(post.request.body).toEqual({ lines: [{ amount: 500 }], tender: 'Cash' });
    post.flush({ id: 'txn_2', status: 'approved', total: 500 });
    expect((await done).total).toBe(500);
  });

  it('leaves out a CVV and postal code that were not asked for', () => {
    api
      .recordSale(
        { lines: [{ amount: 500 }], tender: 'Card' },
        { number: '4111', expiry: '12/30' },
        'k',
      )
      .subscribe();
    const post = backend.expectOne(`${WSAPI}/Transactions`);
    expect(post.request.body.card).toEqual({ number: '4111', expiry: '12/30' });
    post.flush({});
  });
});
