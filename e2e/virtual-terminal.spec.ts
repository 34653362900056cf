import { Page } from '@playwright/test';
import { signIn, storedToken } from './helpers/auth';
import { resetSandbox, roamHeaders } from './helpers/sandbox';
import { expect, expectAccessible, test } from './helpers/test';
import { apiToken } from './helpers/wsapi';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

async function openTerminal(page: Page, user = 'merchant'): Promise<void> {
  await signIn(page, user);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Virtual terminal' })
    .click();
  await expect(page.getByRole('heading', { name: 'Virtual terminal', level: 1 })).toBeVisible();
}

test('cash sale with tip + tax + discount shows the exact total and appears in history', async ({
  page,
  request,
}) => {
  await openTerminal(page);
  await expect(page.getByTestId('rounding-rule')).toContainText('rounded half up');

  await page.getByLabel('Amount (USD)').fill('19.99');
  await page.getByTestId('item-select').click();
  await page.getByRole('option', { name: /House Blend Beans 12 oz/ }).click();
  await page.getByRole('button', { name: 'Add item' }).click();
  await page.getByLabel('Quantity of House Blend Beans 12 oz').fill('2');
  await page.getByLabel('Discount').fill('1.50');
  await page.getByLabel('Tax rate').fill('8.25');
  await page.getByLabel('Tip').fill('3.00');

  // 19.99 + 2 × 14.95 (tax exempt) = 49.89. The discount's taxable share is
  // round_half_up(1.50 × 19.99 ÷ 49.89) = 0.60, so tax = round_half_up(19.39 × 8.25 %) = 1.60
  // (19.39 × 0.0825 = 1.599675); total = 49.89 − 1.50 + 1.60 + 3.00 = 52.99.
  await expect(page.getByTestId('preview-subtotal')).toHaveText('$49.89');
  await expect(page.getByTestId('preview-tax')).toHaveText('$1.60');
  await expect(page.getByTestId('preview-total')).toHaveText('$52.99');
  await expect(page.getByRole('radio', { name: 'Cash' })).toBeChecked();
  await page.getByLabel('Cash received (optional)').fill('50');
  await page.getByRole('button', { name: /Record cash sale/ }).click();
  await expect(page.getByText('The cash received must be at least the total.')).toBeVisible();
  await page.getByLabel('Cash received (optional)').fill('60');
  await expectAccessible(page);

  await page.getByRole('button', { name: /Record cash sale/ }).click();
  await expect(page.getByTestId('sale-status')).toHaveText('Approved');
  await expect(page.getByTestId('result-total')).toHaveText('$52.99');
  await expect(page.getByTestId('change-due')).toHaveText('$7.01');
  const id = (await page.getByTestId('transaction-id').textContent())!.trim();
  expect(id).toMatch(/^txn_[0-9a-f]{20}$/);
  await expect(page.getByRole('link', { name: 'View transaction' })).toHaveAttribute(
    'href',
    `/transactions/${id}`,
  );
  await expectAccessible(page);

  await page.getByLabel('Customer email').fill('customer@example.com');
  await page.getByRole('button', { name: 'Email receipt' }).click();
  await expect(page.getByTestId('receipt-sent')).toHaveText(
    'Receipt sent to customer@example.com.',
  );
  const outbox = await (await request.get('/__sandbox/outbox')).json();
  expect(outbox.messages[0]).toEqual(
    expect.objectContaining({ transaction_id: id, email: 'customer@example.com' }),
  );

  // The history, through the API with the user's own token (the Transactions page has its own journeys, e2e/transactions-*.spec.ts).
  const token = await storedToken(page);
  expect(token).toBeTruthy();
  const history = await request.get('/WSAPI/Transactions', {
    headers: { ...roamHeaders, 'X-Roam-Token': token! },
    params: { q: id },
  });
  expect(history.status()).toBe(200);
  const { transactions } = (await history.json()) as { transactions: Record<string, unknown>[] };
  expect(transactions).toEqual([
    expect.objectContaining({
      id,
      type: 'sale',
      status: 'approved',
      tender: 'Cash',
      currency: 'USD',
      subtotal: 4989,
      discount: 150,
      tax_rate: 8.25,
      tax: 160,
      tip: 300,
      total: 5299,
      user_name: 'merchant',
    }),
  ]);

  await page.getByRole('button', { name: 'New sale' }).click();
  await expect(page.getByLabel('Amount (USD)')).toHaveValue('');
  await expect(page.getByTestId('item-line')).toHaveCount(0);
});

test('card sale with a decline card shows the decline', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') requests.push(request.postData() ?? '');
  });
  await openTerminal(page);
  await page.getByLabel('Amount (USD)').fill('42');
  await page.getByRole('radio', { name: 'Card' }).check();
  await page.getByLabel('Card number').fill('4000 0000 0000 0002');
  await expect(page.getByTestId('card-brand')).toHaveText('Visa');
  const year = String((new Date().getUTCFullYear() + 3) % 100).padStart(2, '0');
  await page.getByLabel('Expiry (MM/YY)').fill(`12/${year}`);
  await page.getByLabel('Security code (CVV)').fill('123');
  await page.getByLabel('Billing postal code').fill('12345');
  await expectAccessible(page);

  await page.getByRole('button', { name: /Charge card/ }).click();
  await expect(page.getByTestId('sale-status')).toHaveText('Declined');
  await expect(page.getByTestId('decline-reason')).toContainText('Insufficient funds.');
  await expect(page.getByTestId('decline-reason')).not.toContainText('insufficient_funds');
  await expect(page.getByRole('button', { name: 'Email receipt' })).toHaveCount(0);
  const declinedTotal = (await page.getByTestId('result-total').textContent())!.trim();
  await expect(page.getByText('Visa ending 0002')).toBeVisible();
  await expect(page.getByTestId('transaction-id')).toHaveText(/^txn_/);
  await expectAccessible(page);

  // The number went to the WSAPI once, in the sale's body, and is kept nowhere in the page.
  expect(requests.filter((body) => body.includes('4000000000000002'))).toHaveLength(1);
  const kept = await page.evaluate(() => ({
    session: JSON.stringify({ ...window.sessionStorage }),
    local: JSON.stringify({ ...window.localStorage }),
    html: document.documentElement.outerHTML,
  }));
  for (const place of Object.values(kept)) {
    expect(place).not.toContain('4000000000000002');
    expect(place).not.toContain('4000 0000 0000 0002');
  }

  // Another card on the same sale: the amount stays, the card fields are empty.
  await page.getByRole('button', { name: 'Try another card' }).click();
  await expect(page.getByLabel('Amount (USD)')).toHaveValue('42');
  await expect(page.getByRole('radio', { name: 'Card' })).toBeChecked();
  await expect(page.getByLabel('Card number')).toHaveValue('');
  await expect(page.getByLabel('Card number')).toBeFocused();
  await expect(page.getByLabel('Security code (CVV)')).toHaveValue('');
  await expect(page.getByLabel('Expiry (MM/YY)')).toHaveValue('');
  await page.getByLabel('Card number').fill('4111 1111 1111 1111');
  await page.getByLabel('Expiry (MM/YY)').fill(`12/${year}`);
  await page.getByLabel('Security code (CVV)').fill('123');
  await page.getByLabel('Billing postal code').fill('12345');
  await page.getByRole('button', { name: /Charge card/ }).click();
  await expect(page.getByTestId('sale-status')).toHaveText('Approved');
  await expect(page.getByTestId('result-total')).toHaveText(declinedTotal);

  // The next sale starts with empty card fields.
  await page.getByRole('button', { name: 'New sale' }).click();
  await expect(page.getByRole('radio', { name: 'Card' })).toBeChecked();
  await expect(page.getByLabel('Card number')).toHaveValue('');
  await expect(page.getByLabel('Amount (USD)')).toHaveValue('');
});

test('`clerk` gets 403 from the sale endpoint called directly', async ({ request }) => {
  const sale = { lines: [{ amount: 1000 }], tender: 'Cash' };
  const post = async (token: string) =>
    request.post('/WSAPI/Transactions', {
      headers: { ...roamHeaders, 'X-Roam-Token': token },
      data: sale,
    });

  // The same body is a valid sale for the merchant…
  expect((await post(await apiToken(request, 'merchant'))).status()).toBe(201);

  // …and refused for the clerk, whose account has no virtual terminal.
  const refused = await post(await apiToken(request, 'clerk'));
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({
    error: { code: 'forbidden', message: expect.any(String) },
  });
});
