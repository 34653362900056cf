import { readFile } from 'node:fs/promises';
import { APIRequestContext, Page } from '@playwright/test';
import { signIn } from './helpers/auth';
import { demoPassword, resetSandbox, roamHeaders } from './helpers/sandbox';
import { expect, expectAccessible, test } from './helpers/test';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

/** A session of `userName` for calling the WSAPI directly (set-up and server-side checks). */
async function apiToken(request: APIRequestContext, userName: string): Promise<string> {
  const response = await request.post('/WSAPI/Authentication', {
    headers: roamHeaders,
    data: { user_name: userName, password: demoPassword },
  });
  expect(response.status()).toBe(200);
  return (await response.json()).session.session_token;
}

const withToken = (token: string, extra: Record<string, string> = {}) => ({
  ...roamHeaders,
  'X-Roam-Token': token,
  ...extra,
});

interface Sale {
  id: string;
  total: number;
}

/** Records a tax-exempt cash sale of `amount` minor units as `userName`: today, unsettled. */
async function cashSale(
  request: APIRequestContext,
  amount: number,
  userName = 'merchant',
): Promise<Sale> {
  const token = await apiToken(request, userName);
  const response = await request.post('/WSAPI/Transactions', {
    headers: withToken(token, { 'Idempotency-Key': `e2e-sale-${userName}-${amount}` }),
    data: { lines: [{ amount, description: 'E2E sale', tax_exempt: true }], tender: 'Cash' },
  });
  expect(response.status()).toBe(201);
  const sale = await response.json();
  expect(sale.total).toBe(amount);
  return { id: sale.id, total: sale.total };
}

const actions = (page: Page) => page.getByRole('group', { name: 'Actions' });

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
  const detail = await request.get(`/WSAPI/Transactions/${sale.id}`, { headers: withToken(token) });
  expect((await detail.json()).refunded).toBe(500);
});

test('void', async ({ page, request }) => {
  const sale = await cashSale(request, 1234);
  await signIn(page, 'merchant');
  await page.goto(`/transactions/${sale.id}`);
  await expect(page.getByRole('heading', { name: 'Sale $12.34' })).toBeVisible();
  await expect(page.getByText('Not settled yet')).toBeVisible();

  // Thinking better of it first: nothing happens.
  await actions(page).getByRole('button', { name: 'Void' }).click();
  const dialog = page.getByRole('dialog', { name: 'Void this sale?' });
  await expect(dialog).toContainText('$12.34');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Keep the sale' }).click();
  await expect(page.getByTestId('detail-status')).toHaveText('Approved');

  await actions(page).getByRole('button', { name: 'Void' }).click();
  await dialog.getByRole('button', { name: 'Void sale' }).click();
  await expect(page.getByTestId('action-outcome')).toHaveText('The sale was voided.');
  await expect(page.getByTestId('detail-status')).toHaveText('Voided');
  await expect(actions(page).getByRole('button', { name: 'Void' })).toHaveCount(0);
  await expect(actions(page).getByRole('button', { name: 'Refund' })).toHaveCount(0);

  // The receipt of the voided sale goes to the address given.
  await actions(page).getByRole('button', { name: 'Email receipt' }).click();
  const receipt = page.getByRole('dialog', { name: 'Email the receipt' });
  await receipt.getByLabel('Email address').fill('pat@example.com');
  await receipt.getByRole('button', { name: 'Send receipt' }).click();
  await expect(page.getByTestId('action-outcome')).toHaveText('Receipt sent to pat@example.com.');
  const outbox = await (await request.get('/__sandbox/outbox')).json();
  expect(outbox.messages[0]).toEqual(
    expect.objectContaining({ transaction_id: sale.id, email: 'pat@example.com' }),
  );
  expect(outbox.messages[0].receipt.status).toBe('voided');

  // Back in the history, the row says so too.
  await page.getByRole('link', { name: 'Back to transactions' }).click();
  await expect(page.getByTestId(`transaction-${sale.id}`)).toContainText('Voided');
  await expectAccessible(page);
});

/** Splits RFC 4180 CSV (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows;
}

test('CSV export downloads the filtered rows', async ({ page, request }) => {
  await signIn(page, 'merchant');
  await page.goto('/transactions');
  await expect(page.getByTestId('transactions-count')).toBeVisible();

  await page.getByRole('combobox', { name: 'Tender' }).click();
  await page.getByRole('option', { name: 'Cash' }).click();
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Refunded', exact: true }).click();
  await page.getByRole('option', { name: 'Partially refunded' }).click();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page).toHaveURL(/status=partially_refunded,refunded/);
  await expect(page).toHaveURL(/tender=Cash/);

  const token = await apiToken(request, 'merchant');
  const expected = await (
    await request.get(
      '/WSAPI/Transactions?tender=Cash&status=partially_refunded,refunded&page_size=100',
      {
        headers: withToken(token),
      },
    )
  ).json();
  expect(expected.total_count).toBeGreaterThan(0);
  await expect(page.getByTestId('transactions-count')).toHaveText(
    `${expected.total_count} transaction${expected.total_count === 1 ? '' : 's'}`,
  );
  await expectAccessible(page);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^transactions-\d{8}\.csv$/);
  const csv = await readFile((await download.path())!, 'utf8');
  const [header, ...rows] = parseCsv(csv);
  expect(header).toEqual([
    'id',
    'type',
    'parent_id',
    'created_at',
    'status',
    'tender',
    'card_brand',
    'card_last4',
    'currency',
    'subtotal',
    'discount',
    'tax',
    'tip',
    'total',
    'refunded',
    'user_name',
    'description',
  ]);
  expect(rows.length).toBe(expected.total_count);
  for (const row of rows) {
    expect(row[4]).toMatch(/^(partially_refunded|refunded)$/);
    expect(row[5]).toBe('Cash');
  }
  // Same rows, same order (newest first) as the history.
  expect(rows.slice(0, expected.transactions.length).map((row) => row[0])).toEqual(
    expected.transactions.map((t: { id: string }) => t.id),
  );
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toHaveText(
    `Downloaded ${download.suggestedFilename()}.`,
  );
});

test('canada sees CAD amounts in en-CA', async ({ page, request }) => {
  const sale = await cashSale(request, 123456, 'canada');
  await signIn(page, 'canada');
  await page.goto('/transactions');
  const row = page.getByTestId(`transaction-${sale.id}`);
  // en-CA with CAD is a plain "$" (en-US would say "CA$"); Canadian times say "a.m."/"p.m.".
  await expect(row.getByTestId('amount')).toHaveText('$1,234.56');
  await expect(row.getByRole('link')).toHaveText(/[ap]\.m\./);
  await page.getByLabel('Amount (CAD)').fill('1234.56');
  await page.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByTestId('transactions-count')).toHaveText('1 transaction');
  for (const amount of await page.getByTestId('amount').allTextContents()) {
    expect(amount.trim()).toMatch(/^-?\$[\d,]+\.\d{2}$/);
  }
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { name: 'Sale $1,234.56' })).toBeVisible();
  await expect(page.getByTestId('detail-refundable')).toHaveText('$1,234.56');
  await expectAccessible(page);
});

test('a clerk sees no Refund or Void buttons, and the server refuses them too', async ({
  page,
  request,
}) => {
  const sale = await cashSale(request, 2000);
  await signIn(page, 'clerk');
  await page.goto(`/transactions/${sale.id}`);
  await expect(page.getByRole('heading', { name: 'Sale $20.00' })).toBeVisible();
  await expect(page.getByTestId('detail-refundable')).toHaveText('$20.00');
  await expect(actions(page).getByRole('button', { name: 'Email receipt' })).toBeVisible();
  await expect(actions(page).getByRole('button', { name: 'Refund' })).toHaveCount(0);
  await expect(actions(page).getByRole('button', { name: 'Void' })).toHaveCount(0);
  await expectAccessible(page);

  const token = await apiToken(request, 'clerk');
  for (const action of ['Refund', 'Void']) {
    const response = await request.post(`/WSAPI/Transactions/${sale.id}/${action}`, {
      headers: withToken(token, { 'Idempotency-Key': `e2e-clerk-${action}` }),
      data: {},
    });
    expect(response.status(), action).toBe(403);
  }
});

test('a full refund of an item sale can put the items back in stock', async ({ page, request }) => {
  const token = await apiToken(request, 'merchant');
  const items = await request.get('/WSAPI/Inventory?page_size=100', { headers: withToken(token) });
  const item = (
    (await items.json()).items as { id: string; stock: number | null; active: boolean }[]
  ).find((candidate) => candidate.active && candidate.stock !== null && candidate.stock > 2)!;
  const stockOf = async () =>
    (await (await request.get(`/WSAPI/Inventory/${item.id}`, { headers: withToken(token) })).json())
      .stock;
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
