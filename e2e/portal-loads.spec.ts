import { expect, test } from './helpers/test';
import { signIn } from './helpers/auth';
import { demoPassword, resetSandbox, roamHeaders } from './helpers/sandbox';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

test('the portal loads in Chromium with its runtime configuration', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto('/');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2F$/);
  await expect(page.getByRole('heading', { level: 1, name: 'MCM Portal' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a deep link is served the app shell: signed out it asks to sign in, then says the page does not exist', async ({
  page,
}) => {
  await page.goto('/no/such/page');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Fno%2Fsuch%2Fpage$/);
  await signIn(page, 'merchant', demoPassword, { expectDashboard: false });
  await expect(page).toHaveURL(/\/no\/such\/page$/);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the seed request signs in against the same origin that serves the portal', async ({
  request,
}) => {
  const response = await request.post('/WSAPI/Authentication', {
    headers: roamHeaders,
    data: { user_name: 'merchant', password: demoPassword },
  });
  expect(response.status()).toBe(200);
  const body = await response.json();
  expect(body.session.session_token).toMatch(/^MCM6-/);
  expect(body.session.expires).toMatch(/^\d{14}$/);
  expect(body.configuration['component.access.virtual_terminal']).toBe(true);
});
