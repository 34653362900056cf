import { Page } from '@playwright/test';
import { signIn } from './helpers/auth';
import { resetSandbox } from './helpers/sandbox';
import { expect, expectAccessible, test } from './helpers/test';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

async function openNewItem(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: 'Inventory' }).click();
  await page.getByRole('link', { name: 'Add item' }).click();
  await expect(page.getByRole('heading', { name: 'Add an item' })).toBeVisible();
}

test('leaving an edited item asks first; an untouched or saved one leaves at once', async ({
  page,
}) => {
  await signIn(page, 'merchant');

  // Untouched: no question.
  await openNewItem(page);
  await nav(page).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // Edited: asked, and "Keep editing" keeps what was typed.
  await openNewItem(page);
  await page.getByLabel('Name').fill('Oat milk latte');
  await nav(page).getByRole('link', { name: 'Dashboard' }).click();
  const question = page.getByRole('alertdialog', { name: 'Discard your changes?' });
  await expect(question).toBeVisible();
  await expect(question.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await expectAccessible(page);
  await question.getByRole('button', { name: 'Keep editing' }).click();
  await expect(question).toHaveCount(0);
  await expect(page).toHaveURL(/\/inventory\/new$/);
  await expect(page.getByLabel('Name')).toHaveValue('Oat milk latte');

  // Closing the tab with the edit makes the browser ask too.
  const unload = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await unload).toBe('beforeunload');
  await expect.poll(() => page.isClosed()).toBe(false);

  // "Discard changes" leaves.
  await nav(page).getByRole('link', { name: 'Dashboard' }).click();
  await question.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page).toHaveURL(/\/dashboard$/);

  // Saved: back to the list without a question.
  await openNewItem(page);
  await page.getByLabel('Name').fill('Oat milk latte');
  await page.getByLabel('SKU').fill('OAT-LATTE');
  await page.getByLabel('Price (USD)').fill('5.25');
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page).toHaveURL(/\/inventory$/);
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
});
