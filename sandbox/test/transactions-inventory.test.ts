import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertInvalid, itemNamed, signIn, type TransactionJson } from './merchant.helpers.ts';
import { useSaleSandbox } from './transactions.helpers.ts';

describe('POST /WSAPI/Transactions (record a sale): inventory items and stock', () => {
  const { app, merchant, sale } = useSaleSandbox();

  it('sells inventory items at their price, taxes only non-exempt ones, and takes them from stock', async () => {
    const croissant = await itemNamed(merchant(), 'Butter Croissant');
    const beans = await itemNamed(merchant(), 'House Blend'); // tax-exempt
    assert.equal(beans.tax_exempt, true);
    const response = await sale({
      lines: [{ item_id: croissant.id, quantity: 2 }, { item_id: beans.id }],
      tender: 'Cash',
      tax_rate: 10,
    });
    assert.equal(response.statusCode, 201, response.body);
    const t = response.json() as TransactionJson;
    assert.equal(t.subtotal, 2 * croissant.price + beans.price);
    assert.equal(t.tax, Math.round((2 * croissant.price) / 10)); // 70
    assert.equal(t.lines[0]!.sku, croissant.sku);
    assert.equal(t.lines[1]!.tax_exempt, true);
    assert.equal((await itemNamed(merchant(), 'Butter Croissant')).stock, croissant.stock! - 2);
    assert.equal((await itemNamed(merchant(), 'House Blend')).stock, beans.stock! - 1);
  });

  it("refuses more than the stock, inactive, unknown and other organizations' items", async () => {
    const pourOver = await itemNamed(merchant(), 'Pour-Over Kit'); // stock 5
    assertInvalid(
      await sale({
        lines: [
          { item_id: pourOver.id, quantity: 3 },
          { item_id: pourOver.id, quantity: 3 },
        ],
        tender: 'Cash',
      }),
      'lines.1.quantity',
    );
    const loaf = await merchant().json<{ items: { id: string }[] }>(
      'GET',
      '/WSAPI/Inventory?active=false',
    );
    assertInvalid(
      await sale({ lines: [{ item_id: loaf.items[0]!.id }], tender: 'Cash' }),
      'lines.0.item_id',
    );
    assertInvalid(
      await sale({ lines: [{ item_id: 'item_00000000000000000000' }], tender: 'Cash' }),
      'lines.0.item_id',
    );
    const canada = await signIn(app(), 'canada');
    const tuque = await itemNamed(canada, 'Tuque');
    assertInvalid(
      await sale({ lines: [{ item_id: tuque.id }], tender: 'Cash' }),
      'lines.0.item_id',
    );
    assertInvalid(
      await sale({ lines: [{ item_id: pourOver.id, amount: 5 }], tender: 'Cash' }),
      'lines.0',
    );
    assertInvalid(await sale({ lines: [{ quantity: 2 }], tender: 'Cash' }), 'lines.0');
    assertInvalid(
      await sale({ lines: [{ item_id: pourOver.id, description: 'x' }], tender: 'Cash' }),
      'lines.0.description',
    );
    assert.equal((await itemNamed(merchant(), 'Pour-Over Kit')).stock, 5);
  });
});
