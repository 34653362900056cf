import { expect, expectAccessible, test } from './helpers/test';
import { signIn, signOut, storedToken } from './helpers/auth';
import { demoPassword, resetSandbox } from './helpers/sandbox';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

const NEW_PASSWORD = 'Fresh-Start-2026';

test('newuser is held in the forced flows until done, then reaches the page wanted', async ({
  page,
  request,
}) => {
  await page.goto('/transactions');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Ftransactions$/);
  await signIn(page, 'newuser', demoPassword, { expectDashboard: false });
  await expect(page).toHaveURL(/\/first-login\/password\?returnUrl=%2Ftransactions$/);
  await expect(page.getByRole('heading', { name: 'Change your password' })).toBeVisible();
  await expectAccessible(page);

  // Nothing else opens meanwhile: not in the portal, not on the API.
  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/first-login\/password\?returnUrl=%2Fdashboard$/);
  const token = await storedToken(page);
  const direct = await request.get('/WSAPI/Merchants/Current', {
    headers: {
      'X-Roam-Token': token!,
      'X-Roam-ApiVersion': '6.0.0',
      'X-Roam-ClientVersion': '1.0.0',
      'Content-Type': 'application/json',
    },
  });
  expect(direct.status()).toBe(403);
  expect((await direct.json()).error.code).toBe('account_action_required');
  await page.goto('/first-login/password?returnUrl=%2Ftransactions');

  // A wrong current password: a readable error, that field emptied, the new password kept.
  await page.getByLabel('Current password').fill('not-my-password');
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('The current password is incorrect.')).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByLabel('Current password')).toHaveValue('');
  await expect(page.getByLabel('New password', { exact: true })).toHaveValue(NEW_PASSWORD);
  await expect(page.getByLabel('Confirm new password')).toHaveValue(NEW_PASSWORD);

  await page.getByLabel('Current password').fill(demoPassword);
  await page.getByRole('button', { name: 'Change password' }).click();

  await expect(page).toHaveURL(/\/first-login\/terms\?returnUrl=%2Ftransactions$/);
  await page.getByRole('button', { name: 'Accept and continue' }).click();
  await expect(page.getByText('Check the box to accept the terms.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('checkbox', { name: 'I have read and accept these terms' }).check();
  await page.getByRole('button', { name: 'Accept and continue' }).click();

  await expect(page).toHaveURL(/\/transactions$/);
  await expect(page.getByRole('heading', { name: 'Transactions' })).toBeVisible();

  // The new password is the one that works from now on.
  await signOut(page);
  await page.getByLabel('User name').fill('newuser');
  await page.getByLabel('Password').fill(demoPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('sign-in-error')).toHaveText(
    'The user name or password is incorrect.',
  );
  await signIn(page, 'newuser', NEW_PASSWORD);
});

test('signing out is the only other way out of the flows', async ({ page }) => {
  await signIn(page, 'newuser', demoPassword, { expectDashboard: false });
  await expect(page).toHaveURL(/\/first-login\/password/);
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('status')).toHaveText('You have signed out.');
});

test('a resumed flow still counts the step already done', async ({ page }) => {
  await signIn(page, 'newuser', demoPassword, { expectDashboard: false });
  await expect(page.getByTestId('step-progress')).toHaveText('Step 1 of 2');
  await page.getByLabel('Current password').fill(demoPassword);
  await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(/\/first-login\/terms/);
  await expect(page.getByTestId('step-progress')).toHaveText('Step 2 of 2');

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /accept these terms/ })).toBeVisible();
  await expect(page.getByTestId('step-progress')).toHaveText('Step 2 of 2');

  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login$/);
  await signIn(page, 'newuser', NEW_PASSWORD, { expectDashboard: false });
  await expect(page).toHaveURL(/\/first-login\/terms/);
  await expect(page.getByTestId('step-progress')).toHaveText('Step 2 of 2');
  await expectAccessible(page);
});
