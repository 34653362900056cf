import { signIn } from './helpers/auth';
import { resetSandbox } from './helpers/sandbox';
import { expect, expectAccessible, test } from './helpers/test';
import { actions, cashSale } from './helpers/transactions';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

test.describe('Transactions: voiding a sale', () => {
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
    await expect(page.getByText('Not settled yet')).toHaveCount(0);
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
});
