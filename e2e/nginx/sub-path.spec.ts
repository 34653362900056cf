import { signIn, signOut } from '../helpers/auth';
import { resetSandbox } from '../helpers/sandbox';
import { expect, test } from '../helpers/test';
import { PAGE, subPathURL } from './nginx';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

/** The same build under /portal/ (only nginx's values differ: PUBLIC_PATH=/portal/). */
test('under /portal/: sign-in, a deep link and a reload, every WSAPI call at /portal/WSAPI', async ({
  page,
}) => {
  const wsapiPaths: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (/wsapi/i.test(path)) wsapiPaths.push(path);
  });
  await page.goto(`${subPathURL}login`);
  await expect(page.locator('base')).toHaveAttribute('href', '/portal/');
  await signIn(page, 'merchant');
  await expect(page).toHaveURL(`${subPathURL}dashboard`);

  await page.goto(`${subPathURL}transactions`);
  await expect(page.getByRole('heading', { level: 1, name: 'Transactions' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Transactions' })).toBeVisible();
  await expect(page.getByTestId('user-menu')).toBeVisible(); // still signed in
  expect(wsapiPaths.length).toBeGreaterThan(2);
  expect(wsapiPaths.filter((path) => !path.startsWith('/portal/WSAPI/'))).toEqual([]);
});

test('under /portal/: signing out lands on /portal/login', async ({ page }) => {
  await page.goto(`${subPathURL}login`);
  await signIn(page, 'merchant');
  await signOut(page);
  await expect(page).toHaveURL(`${subPathURL}login`);
  await expect(page.getByRole('status')).toHaveText('You have signed out.');
});

test('under /portal/: the bare path redirects, a missing script is a 404, a deep link is the page', async ({
  request,
}) => {
  const bare = await request.get(subPathURL.slice(0, -1), { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(bare.headers()['location']).toBe('/portal/');
  const missing = await request.get(`${subPathURL}main-ZZZZZZZZ.js`, { headers: PAGE });
  expect(missing.status()).toBe(404);
  const deepLink = await request.get(`${subPathURL}admin/merchants`, { headers: PAGE });
  expect(deepLink.status()).toBe(200);
  expect(await deepLink.text()).toContain('<base href="/portal/">');
  const config = await (await request.get(`${subPathURL}config.json`)).json();
  expect(config.wsapiBaseUrl).toBe('/portal/WSAPI');
});
