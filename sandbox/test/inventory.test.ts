import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  assertError,
  assertInvalid,
  signIn,
  useMerchantSandbox,
  type ItemJson,
} from './merchant.helpers.ts';

const INVENTORY = '/WSAPI/Inventory';

interface Page {
  items: ItemJson[];
  page: number;
  page_size: number;
  total_count: number;
  total_pages: number;
}

describe('Inventory', () => {
  const { app, merchant } = useMerchantSandbox();

  const list = (query = '') => merchant().json<Page>('GET', `${INVENTORY}?${query}`);
  const create = (body: unknown, caller = merchant()) => caller.call('POST', INVENTORY, body);

  it('lists the seeded catalogue by name, with paging, sort, search and the active filter', async () => {
    const all = await list('page_size=100');
    assert.equal(all.total_count, 30);
    const names = all.items.map((item) => item.name);
    assert.deepEqual(
      names,
      [...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })),
    );
    assert.ok(all.items.every((item) => item.currency === 'USD' && Number.isInteger(item.price)));
    const pages = [1, 2, 3].map((n) => list(`page_size=12&page=${n}`));
    const ids = (await Promise.all(pages)).flatMap((p) => p.items.map((item) => item.id));
    assert.deepEqual(
      ids,
      all.items.map((item) => item.id),
    );
    const byPrice = (await list('sort=-price&page_size=3')).items.map((item) => item.price);
    assert.deepEqual(byPrice, [...all.items.map((i) => i.price)].sort((a, b) => b - a).slice(0, 3));
    const byStock = (await list('sort=stock&page_size=100')).items.map((item) => item.stock);
    assert.equal(byStock.at(-1), null); // untracked last
    assert.equal((await list('q=LATTE')).total_count, 2); // Caffè Latte, Chai Latte
    assert.equal((await list('q=rtl-')).total_count, 7); // SKU search
    assert.equal((await list('q=%25')).total_count, 0);
    assert.equal((await list('active=false')).total_count, 1);
    assert.equal((await list('active=true')).total_count, 29);
    assertInvalid(await merchant().call('GET', `${INVENTORY}?sort=colour`), 'sort');
    assertInvalid(await merchant().call('GET', `${INVENTORY}?active=yes`), 'active');
    assertInvalid(await merchant().call('GET', `${INVENTORY}?page_size=500`), 'page_size');
  });

  it('creates, reads, updates (the fields given) and deletes an item', async () => {
    const created = await create({ name: 'Oat Milk Latte', sku: 'LAT-OAT', price: 525, stock: 40 });
    assert.equal(created.statusCode, 201, created.body);
    const item = created.json() as ItemJson;
    assert.match(item.id, /^item_[0-9a-f]{20}$/);
    assert.deepEqual(
      { ...item, id: '' },
      {
        id: '',
        name: 'Oat Milk Latte',
        sku: 'LAT-OAT',
        price: 525,
        currency: 'USD',
        tax_exempt: false,
        active: true,
        stock: 40,
        created_at: (item as unknown as Record<string, string>)['created_at'],
        updated_at: (item as unknown as Record<string, string>)['updated_at'],
      },
    );
    assert.deepEqual(await merchant().json('GET', `${INVENTORY}/${item.id}`), item);
    const updated = await merchant().json<ItemJson>('PUT', `${INVENTORY}/${item.id}`, {
      price: 550,
      tax_exempt: true,
      stock: null,
    });
    assert.equal(updated.price, 550);
    assert.equal(updated.tax_exempt, true);
    assert.equal(updated.stock, null);
    assert.equal(updated.name, 'Oat Milk Latte');
    const deleted = await merchant().call('DELETE', `${INVENTORY}/${item.id}`);
    assert.equal(deleted.statusCode, 204);
    assert.equal(deleted.body, '');
    assertError(await merchant().call('GET', `${INVENTORY}/${item.id}`), 404, 'not_found');
    assertError(await merchant().call('DELETE', `${INVENTORY}/${item.id}`), 404, 'not_found');
  });

  it('stores names exactly as given: markup is just text', async () => {
    const name = '<img src=x onerror=alert(1)>';
    const item = (await create({ name, sku: 'XSS-1', price: 100 })).json() as ItemJson;
    assert.equal(item.name, name);
    assert.equal((await list('q=onerror')).items[0]!.name, name);
    const sale = await merchant().json<{ lines: { description: string }[] }>(
      'POST',
      '/WSAPI/Transactions',
      {
        lines: [{ item_id: item.id }],
        tender: 'Cash',
      },
    );
    assert.equal(sale.lines[0]!.description, name);
  });

  it('validates fields with the field at fault; SKUs are unique per organization, any case', async () => {
    const good = { name: 'Thing', sku: 'THING-1', price: 100 };
    assertInvalid(await create({ ...good, name: '   ' }), 'name');
    assertInvalid(await create({ ...good, name: 'x'.repeat(101) }), 'name');
    assertInvalid(await create({ ...good, name: 'a\u0007b' }), 'name');
    assertInvalid(await create({ ...good, sku: 'has space' }), 'sku');
    assertInvalid(await create({ ...good, sku: '' }), 'sku');
    assertInvalid(await create({ ...good, price: -1 }), 'price');
    assertInvalid(await create({ ...good, price: 1.5 }), 'price');
    assertInvalid(await create({ ...good, price: '100' }), 'price');
    assertInvalid(await create({ ...good, stock: -1 }), 'stock');
    assertInvalid(await create({ ...good, colour: 'red' }), 'colour');
    assertInvalid(await create({ name: 'x', price: 1 }), 'sku');
    assertInvalid(await create({ ...good, sku: 'lat-12' }), 'sku'); // Caffè Latte's, other case
    const item = (await create(good)).json() as ItemJson;
    assertInvalid(
      await merchant().call('PUT', `${INVENTORY}/${item.id}`, { sku: 'CAP-12' }),
      'sku',
    );
    assertInvalid(await merchant().call('PUT', `${INVENTORY}/${item.id}`, {}), 'body');
    // Its own SKU, in another case, is fine.
    assert.equal(
      (await merchant().call('PUT', `${INVENTORY}/${item.id}`, { sku: 'thing-1' })).statusCode,
      200,
    );
    // Another organization may use the same SKU.
    assert.equal((await create(good, await signIn(app(), 'canada'))).statusCode, 201);
  });

  it('needs component.access.inventory_management on every route (clerk: 403)', async () => {
    const clerk = await signIn(app(), 'clerk');
    const id = (await list()).items[0]!.id;
    for (const [method, url, body] of [
      ['GET', INVENTORY, undefined],
      ['POST', INVENTORY, { name: 'x', sku: 'x', price: 1 }],
      ['GET', `${INVENTORY}/${id}`, undefined],
      ['PUT', `${INVENTORY}/${id}`, { price: 1 }],
      ['DELETE', `${INVENTORY}/${id}`, undefined],
    ] as const) {
      assertError(await clerk.call(method, url, body), 403, 'forbidden');
    }
    assertError(
      await (await signIn(app(), 'newuser')).call('GET', INVENTORY),
      403,
      'account_action_required',
    );
  });

  it("keeps organizations apart: another organization's items are 404", async () => {
    const canada = await signIn(app(), 'canada');
    const theirs = (await canada.json<Page>('GET', INVENTORY)).items[0]!;
    assert.equal(theirs.currency, 'CAD');
    for (const [method, body] of [
      ['GET', undefined],
      ['PUT', { price: 1 }],
      ['DELETE', undefined],
    ] as const) {
      assertError(
        await merchant().call(method, `${INVENTORY}/${theirs.id}`, body),
        404,
        'not_found',
      );
    }
    assert.equal(
      (await canada.json<ItemJson>('GET', `${INVENTORY}/${theirs.id}`)).price,
      theirs.price,
    );
    assert.ok((await list('page_size=100')).items.every((item) => item.currency === 'USD'));
  });

  it('answers 405 with Allow for other methods', async () => {
    const id = (await list()).items[0]!.id;
    const collection = await merchant().call('DELETE', INVENTORY);
    assertError(collection, 405, 'method_not_allowed');
    assert.equal(collection.headers['allow'], 'GET, POST');
    const one = await merchant().call('POST', `${INVENTORY}/${id}`, {});
    assert.equal(one.headers['allow'], 'GET, PUT, DELETE');
  });
});
