import { signIn } from './helpers/auth';
import { resetSandbox } from './helpers/sandbox';
import { expect, expectAccessible, test } from './helpers/test';
import { actions, cashSale } from './helpers/transactions';
import { apiToken, withToken } from './helpers/wsapi';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

test.describe('Transactions: refunds', () => {
  test('partial refund then over-refund is refused', async ({ page, request }) => {
    const sale = await cashSale(request, 2000);
    await signIn(page, 'merchant');
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Transactions' })
      .click();
    await expect(page.getByRole('heading', { name: 'Transactions', level: 1 })).toBeVisible();

    // Search by amount: the new sale is the newest $20.00 one.
    await page.getByLabel('Amount (USD)').fill('20.00');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/[?&]amount=20\.00/);
    const row = page.getByTestId(`transaction-${sale.id}`);
    await expect(row).toBeVisible();
    await expect(row.getByTestId('amount')).toHaveText('$20.00');
    await expectAccessible(page);
    await row.getByRole('link').click();

    await expect(page).toHaveURL(new RegExp(`/transactions/${sale.id}$`));
    await expect(page.getByRole('heading', { name: 'Sale $20.00' })).toBeVisible();
    await expect(page.getByTestId('detail-status')).toHaveText('Approved');

    // A partial refund: $5.00 of $20.00.
    await actions(page).getByRole('button', { name: 'Refund' }).click();
    const dialog = page.getByRole('dialog', { name: 'Refund this sale?' });
    await expect(dialog.getByLabel('Amount to refund (USD)')).toHaveValue('20.00');
    await expectAccessible(page);
    await dialog.getByLabel('Amount to refund (USD)').fill('5');
    await dialog.getByRole('button', { name: 'Refund' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('action-outcome')).toHaveText('Refunded $5.00.');
    await expect(page.getByTestId('detail-status')).toHaveText('Partially refunded');
    await expect(page.getByTestId('detail-refunded')).toHaveText('$5.00');
    await expect(page.getByTestId('detail-refundable')).toHaveText('$15.00');
    await expect(page.getByRole('table', { name: 'Refunds' })).toContainText('$5.00');
    // Something was refunded: the sale can no longer be voided.
    await expect(actions(page).getByRole('button', { name: 'Void' })).toHaveCount(0);

    // More than the $15.00 that remains: refused in the dialog, nothing sent.
    await actions(page).getByRole('button', { name: 'Refund' }).click();
    await expect(dialog.getByLabel('Amount to refund (USD)')).toHaveValue('15.00');
    await dialog.getByLabel('Amount to refund (USD)').fill('15.01');
    await dialog.getByRole('button', { name: 'Refund' }).click();
    await expect(dialog.getByTestId('refund-amount-error')).toHaveText(
      'At most $15.00 can be refunded.',
    );
    await expect(dialog).toBeVisible();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('detail-refundable')).toHaveText('$15.00');

    // …and by the server, whoever asks.
    const token = await apiToken(request, 'merchant');
    const over = await request.post(`/WSAPI/Transactions/${sale.id}/Refund`, {
      headers: withToken(token, { 'Idempotency-Key': 'e2e-over-refund' }),
      data: { amount: 1501 },
    });
    expect(over.status()).toBe(400);
    expect((await over.json()).error.field).toBe('amount');
    const detail = await request.get(`/WSAPI/Transactions/${sale.id}`, {
      headers: withToken(token),
    });
    expect((await detail.json()).refunded).toBe(500);
  });

  test('a full refund of an item sale can put the items back in stock', async ({
    page,
    request,
  }) => {
    const token = await apiToken(request, 'merchant');
    const items = await request.get('/WSAPI/Inventory?page_size=100', {
      headers: withToken(token),
    });
    const item = (
      (await items.json()).items as { id: string; stock: number | null; active: boolean }[]
    ).find((candidate) => candidate.active && candidate.stock !== null && candidate.stock > 2)!;
    const stockOf = async () =>
      (
        await (
          await request.get(`/WSAPI/Inventory/${item.id}`, { headers: withToken(token) })
        ).json()
      ).stock;
    const before = await stockOf();
    const saleResponse = await request.post('/WSAPI/Transactions', {
      headers: withToken(token, { 'Idempotency-Key': 'e2e-item-sale' }),
      data: { lines: [{ item_id: item.id, quantity: 2 }], tender: 'Cash' },
    });
    expect(saleResponse.status()).toBe(201);
    const sale = await saleResponse.json();
    expect(await stockOf()).toBe(before - 2);

    await signIn(page, 'merchant');
    await page.goto(`/transactions/${sale.id}`);
    await actions(page).getByRole('button', { name: 'Refund' }).click();
    const dialog = page.getByRole('dialog', { name: 'Refund this sale?' });
    await dialog.getByRole('checkbox', { name: 'Put the sold items back in stock' }).check();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Refund' }).click();
    await expect(dialog).toBeHidden();
    await expect.poll(stockOf).toBe(before);
  });
});
