import { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './helpers/test';
import { signIn, storedToken } from './helpers/auth';
import { resetSandbox, roamHeaders } from './helpers/sandbox';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

const XSS_NAME = '<img src=x onerror=alert(1)>';

const summary = (page: Page) => page.getByTestId('inventory-summary');
const rowOf = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });

/** Signs in as the demo merchant and opens Inventory from the navigation. */
async function openInventory(page: Page): Promise<void> {
  await signIn(page, 'merchant');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Inventory' })
    .click();
  await expect(page).toHaveURL(/\/inventory$/);
  await expect(page.getByRole('heading', { name: 'Inventory', level: 1 })).toBeVisible();
  await expect(summary(page)).toHaveText('30 items.');
}

async function fillItem(
  page: Page,
  item: { name: string; sku: string; price: string; stock?: string; taxExempt?: boolean },
): Promise<void> {
  await page.getByRole('link', { name: 'Add item' }).click();
  await expect(page).toHaveURL(/\/inventory\/new$/);
  await expect(page.getByRole('heading', { name: 'Add an item' })).toBeVisible();
  await page.getByLabel('Name').fill(item.name);
  await page.getByLabel('SKU').fill(item.sku);
  await page.getByLabel('Price (USD)').fill(item.price);
  if (item.stock !== undefined) await page.getByLabel('Stock on hand').fill(item.stock);
  if (item.taxExempt) await page.getByRole('checkbox', { name: 'Tax exempt' }).check();
  await page.getByRole('button', { name: 'Add item' }).click();
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Search by name or SKU' }).fill(text);
}

test('merchant adds an item, finds it by search, changes its price and deletes it', async ({
  page,
}) => {
  await openInventory(page);
  await expectAccessible(page);

  // Server-side pages: 30 seeded items, 25 a page.
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(26);
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(6);
  await expect(page.getByRole('table')).toHaveAccessibleName(/page 2 of 2/);

  await fillItem(page, {
    name: 'E2E Pour-Over Stand',
    sku: 'E2E-STAND-1',
    price: '24.5',
    stock: '3',
    taxExempt: true,
  });
  await expect(page).toHaveURL(/\/inventory$/);
  await expect(page.getByText('“E2E Pour-Over Stand” added.')).toBeVisible();

  await search(page, 'e2e-stand');
  await expect(summary(page)).toHaveText('1 item matches “e2e-stand”.');
  const row = rowOf(page, 'E2E Pour-Over Stand');
  await expect(row.getByRole('cell')).toHaveText(['E2E-STAND-1', '$24.50', 'Exempt', '3', /Edit/]);

  await row.getByRole('link', { name: 'Edit E2E Pour-Over Stand' }).click();
  await expect(page).toHaveURL(/\/inventory\/item_[a-z0-9]+$/);
  await expect(page.getByRole('heading', { name: 'Edit item' })).toBeVisible();
  const price = page.getByLabel('Price (USD)');
  await expect(price).toHaveValue('24.50');
  await expectAccessible(page);
  await price.fill('26.75');
  await page.getByRole('button', { name: 'Save changes' }).click();

  await expect(page).toHaveURL(/\/inventory$/);
  await expect(page.getByRole('searchbox', { name: 'Search by name or SKU' })).toHaveValue(
    'e2e-stand',
  );
  await expect(row.getByRole('cell').nth(1)).toHaveText('$26.75');

  await row.getByRole('button', { name: 'Delete E2E Pour-Over Stand' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete this item?' });
  await expect(dialog).toContainText('E2E Pour-Over Stand');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectAccessible(page);
  await dialog.getByRole('button', { name: 'Delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(summary(page)).toHaveText('No items match “e2e-stand”.');
  await expect(page.getByText('“E2E Pour-Over Stand” deleted.')).toBeVisible();

  // Gone on the server too, not only from the page.
  await page.reload();
  await search(page, 'E2E-STAND-1');
  await expect(summary(page)).toHaveText('No items match “E2E-STAND-1”.');
});

test('a SKU already in use is refused with a readable error on the SKU field', async ({ page }) => {
  await openInventory(page);
  // The seed has COF-DRP-S; SKUs are unique ignoring case.
  await fillItem(page, { name: 'Another small coffee', sku: 'cof-drp-s', price: '2' });

  const sku = page.getByLabel('SKU');
  await expect(page.getByText('Another item already has this SKU.')).toBeVisible();
  await expect(sku).toHaveAttribute('aria-invalid', 'true');
  await expect(sku).toBeFocused();
  await expect(page).toHaveURL(/\/inventory\/new$/);
  await expectAccessible(page);

  // A free SKU then saves.
  await sku.fill('COF-DRP-S2');
  await page.getByRole('button', { name: 'Add item' }).click();
  await expect(page).toHaveURL(/\/inventory$/);
  await search(page, 'COF-DRP-S2');
  await expect(rowOf(page, 'Another small coffee')).toBeVisible();
});

test('an item named like an HTML tag is shown as text, never run', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await openInventory(page);
  await fillItem(page, { name: XSS_NAME, sku: 'XSS-1', price: '1' });
  await expect(page).toHaveURL(/\/inventory$/);

  await search(page, 'XSS-1');
  await expect(summary(page)).toHaveText('1 item matches “XSS-1”.');
  await expect(page.getByTestId('item-name')).toHaveText(XSS_NAME);
  await expect(page.locator('main img')).toHaveCount(0);

  await page.getByRole('button', { name: `Delete ${XSS_NAME}` }).click();
  await expect(page.getByTestId('confirm-subject')).toHaveText(XSS_NAME);
  await page.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('link', { name: `Edit ${XSS_NAME}` }).click();
  await expect(page.getByLabel('Name')).toHaveValue(XSS_NAME);
  await expect(page.locator('img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});

test('clerk has no Inventory: the WSAPI answers 403 to a direct request', async ({
  page,
  request,
}) => {
  await signIn(page, 'clerk');
  const token = await storedToken(page);
  expect(token).toBeTruthy();
  const headers = { ...roamHeaders, 'X-Roam-Token': token! };

  const list = await request.get('/WSAPI/Inventory', { headers });
  expect(list.status()).toBe(403);
  expect((await list.json()).error.code).toBe('forbidden');

  const create = await request.post('/WSAPI/Inventory', {
    headers,
    data: { name: 'Sneaky', sku: 'SNEAKY-1', price: 100 },
  });
  expect(create.status()).toBe(403);
});
