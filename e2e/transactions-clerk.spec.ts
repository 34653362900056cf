import { signIn } from './helpers/auth';
import { resetSandbox } from './helpers/sandbox';
import { expect, expectAccessible, test } from './helpers/test';
import { actions, cashSale } from './helpers/transactions';
import { apiToken, withToken } from './helpers/wsapi';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

test.describe('Transactions: what a clerk may do', () => {
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
});
