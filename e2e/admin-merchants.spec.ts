import { signIn } from './helpers/auth';
import { resetSandbox } from './helpers/sandbox';
import { expect, expectAccessible, test } from './helpers/test';
import { apiToken, withToken } from './helpers/wsapi';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

test('sysadmin sees every organization, finds one by search and opens its ids', async ({
  page,
}) => {
  await signIn(page, 'sysadmin');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Administration' })
    .click();
  await expect(page).toHaveURL(/\/admin\/merchants$/);
  await expect(page.getByTestId('merchants-summary')).toHaveText('5 merchants.');
  await expectAccessible(page);

  await page.getByLabel('Search by name, organization, chain or store id').fill('canadian');
  await expect(page.getByTestId('merchants-summary')).toHaveText('1 merchant match “canadian”.');
  await expect(page).toHaveURL(/\?q=canadian$/);
  await page.getByRole('link', { name: 'Demo Canadian Merchant' }).click();

  await expect(page).toHaveURL(/\/admin\/merchants\/30$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demo Canadian Merchant');
  const facts = page.getByTestId('merchant-facts');
  await expect(facts).toContainText('Chain id680');
  await expect(facts).toContainText('Moneris');
  await expectAccessible(page);

  // Back returns to the search as it was.
  await page.goBack();
  await expect(page.getByLabel('Search by name, organization, chain or store id')).toHaveValue(
    'canadian',
  );
});

test('admin sees only their organization and its submerchant; another one is not found', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/admin\/merchants$/);
  const names = page.getByTestId('merchants-table').locator('tbody th a');
  await expect(names).toHaveText(['Demo Parent Merchant', 'Demo Submerchant']);
  await names.nth(1).click();
  await expect(page.getByTestId('merchant-facts')).toContainText('Demo Parent Merchant');

  await page.goto('/admin/merchants/8');
  await expect(page.getByTestId('merchant-error')).toContainText(
    'does not exist or is not one you administer',
  );
});

test('the audit log shows who did what to whom', async ({ page, request }) => {
  const headers = withToken(await apiToken(request, 'admin'));
  const created = await request.post('/WSAPI/Organizations/21/Users', {
    headers,
    data: {
      user_name: 'sub.clerk',
      temporary_password: 'Temporary!2026',
      first_name: 'Sam',
      last_name: 'Clerk',
      primary_email: 'sam@example.com',
    },
  });
  expect(created.status()).toBe(201);
  const userId = (await created.json()).user.user_id as number;
  const locked = await request.post(`/WSAPI/Organizations/21/Users/${userId}/Lock`, { headers });
  expect(locked.status()).toBe(200);

  await signIn(page, 'admin');
  await page.goto('/admin');
  await page
    .getByRole('navigation', { name: 'Administration' })
    .getByRole('link', { name: 'Audit log' })
    .click();
  const entries = page.getByTestId('audit-entry');
  await expect(entries.first()).toContainText('Locked a user');
  await expect(entries.first()).toContainText('sub.clerk');
  await expect(entries.first().getByRole('cell').nth(1)).toHaveText('admin');
  await expect(entries.nth(1)).toContainText('Created a user');
  await expectAccessible(page);
});
