import { signIn } from './helpers/auth';
import { resetSandbox } from './helpers/sandbox';
import { expect, expectAccessible, test } from './helpers/test';
import { cashSale } from './helpers/transactions';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

test.describe('Transactions: a Canadian merchant’s currency and locale', () => {
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
});
