import { APIRequestContext } from '@playwright/test';
import { signIn } from './helpers/auth';
import { resetSandbox } from './helpers/sandbox';
import { expect, expectAccessible, test } from './helpers/test';
import { apiToken, withToken } from './helpers/wsapi';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

/** Signs in through the WSAPI directly and returns the headers of that user's calls. */
async function headersOf(request: APIRequestContext, userName: string) {
  return withToken(await apiToken(request, userName));
}

test('merchant: the admin endpoints answer 403 even when called directly', async ({ request }) => {
  const headers = await headersOf(request, 'merchant');
  for (const path of [
    '/WSAPI/Organizations',
    '/WSAPI/Organizations/8',
    '/WSAPI/Organizations/8/Configuration',
  ]) {
    const response = await request.get(path, { headers });
    expect(response.status(), path).toBe(403);
    expect((await response.json()).error.code, path).toBe('forbidden');
  }
  const change = await request.put('/WSAPI/Organizations/8/Configuration', {
    headers,
    data: { configuration: { 'component.access.virtual_terminal': false } },
  });
  expect(change.status()).toBe(403);
});

test('merchant: no Administration link, and /admin pages are forbidden', async ({ page }) => {
  await signIn(page, 'merchant');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link', { name: 'Transactions' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Administration' })).toHaveCount(0);
  for (const path of ['/admin', '/admin/merchants/8/configuration']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/forbidden\?/);
    await expect(page.getByTestId('missing-permissions')).toContainText(
      'Organization administrator',
    );
  }
  await expectAccessible(page);
});

test('admin: another organization’s configuration is 404; the list holds only its own', async ({
  request,
}) => {
  const headers = await headersOf(request, 'admin');
  const other = await request.get('/WSAPI/Organizations/8/Configuration', { headers });
  expect(other.status()).toBe(404);
  const own = await request.get('/WSAPI/Organizations/20/Configuration', { headers });
  expect(own.status()).toBe(200);
  expect((await own.json()).configuration['component.access.virtual_terminal']).toBe(true);
  const change = await request.put('/WSAPI/Organizations/20/Configuration', {
    headers,
    data: { configuration: { 'component.access.virtual_terminal': false } },
  });
  expect(change.status()).toBe(403);
  const list = await request.get('/WSAPI/Organizations', { headers });
  const ids = ((await list.json()).organizations as { organization_id: string }[]).map(
    (organization) => organization.organization_id,
  );
  expect(ids).toEqual(['20', '21']);
});

test('admin: sees its own merchants and their configuration, read-only', async ({ page }) => {
  await signIn(page, 'admin');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Administration' })
    .click();
  const merchants = page.getByTestId('merchants-table');
  await expect(merchants.getByRole('link')).toHaveText([
    'Demo Parent Merchant',
    'Demo Submerchant',
  ]);
  await merchants.getByRole('link', { name: 'Demo Parent Merchant' }).click();
  await page
    .getByRole('navigation', { name: 'Merchant' })
    .getByRole('link', { name: 'Configuration' })
    .click();
  await expect(page).toHaveURL(/\/admin\/merchants\/20\/configuration$/);

  await expect(page.getByRole('heading', { name: 'Configuration', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    'Feature access',
    'Processing permissions',
    'Processing settings',
    'Account permissions',
    'Security',
    'Other',
  ]);
  const featureAccess = page.getByRole('table', { name: /Feature access/ });
  await expect(featureAccess.getByRole('row', { name: /virtual_terminal/ })).toContainText('On');
  await expect(
    page.getByRole('table', { name: /Processing settings/ }).getByRole('row', { name: /currency/ }),
  ).toContainText('code: USD, iso: 840, symbol: $');
  await expect(page.getByTestId('read-only-note')).toHaveText(
    'Only system administrators can change the configuration.',
  );
  await expect(page.getByRole('button', { name: /Edit|Save/ })).toHaveCount(0);
  await expect(page.getByRole('switch')).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await expectAccessible(page);
});

test('admin: typing another organization’s configuration address says it is not theirs', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await page.goto('/admin/merchants/8/configuration');
  await expect(page.getByTestId('configuration-error')).toContainText(
    'This merchant does not exist or is not one you administer.',
  );
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectAccessible(page);
});
