import { APIRequestContext, Browser, Page } from '@playwright/test';
import { signIn, storedToken } from './helpers/auth';
import { resetSandbox, roamHeaders } from './helpers/sandbox';
import { expect, expectAccessible, test } from './helpers/test';
import { apiToken } from './helpers/wsapi';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

/**
 * The new user, at another computer: their own browser context (storage, tabs). The test's guards
 * watch only the first context, so this one collects its own console errors.
 */
async function otherBrowser(browser: Browser): Promise<{ page: Page; consoleErrors: string[] }> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      consoleErrors.push(message.text());
  });
  return { page, consoleErrors };
}

const rowOf = (page: Page, userName: string) =>
  page
    .getByTestId('users-table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: userName }) });

/** Administration → Demo Parent Merchant → Users, as `admin`. */
async function openUsers(page: Page): Promise<void> {
  await signIn(page, 'admin');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Administration' })
    .click();
  await expect(page).toHaveURL(/\/admin\/merchants$/);
  await page.getByRole('link', { name: 'Demo Parent Merchant' }).click();
  await expect(page).toHaveURL(/\/admin\/merchants\/20$/);
  await page
    .getByRole('navigation', { name: 'Merchant' })
    .getByRole('link', { name: 'Users' })
    .click();
  await expect(page).toHaveURL(/\/admin\/merchants\/20\/users$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Demo Parent Merchant');
  await expect(page.getByRole('heading', { name: 'Users', level: 2 })).toBeVisible();
}

/** Whether this token still opens a session: the WSAPI's refresh answers 200, or 401. */
async function refreshStatus(request: APIRequestContext, token: string): Promise<number> {
  const response = await request.put('/WSAPI/Authentication', {
    headers: { ...roamHeaders, 'X-Roam-Token': token },
  });
  return response.status();
}

test('admin adds a user, who must change the temporary password; ending their sessions signs them out', async ({
  page,
  browser,
  request,
}) => {
  await openUsers(page);
  await expect(page.getByTestId('users-summary')).toHaveText('1 user.');
  // Nothing is offered on the admin's own account.
  const own = rowOf(page, 'admin');
  await expect(own).toContainText('Your own account');
  await expect(own.getByRole('button')).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Add a user' }).click();
  await expect(page.getByRole('button', { name: 'Add a user' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const userName = page.getByLabel('User name');
  await expect(userName).toBeFocused();
  const availability = page.getByTestId('user-name-availability');

  // Availability is asked when the field is left: a taken name, then a free one.
  await userName.fill('ADMIN');
  await userName.press('Tab');
  await expect(availability).toHaveText('Taken');
  await expect(page.getByText('This user name is already taken. Choose another.')).toBeVisible();
  await userName.fill('jdoe');
  await page.getByRole('button', { name: 'Check availability' }).click();
  await expect(availability).toHaveText('Available');

  // A generated password meets the rules and is shown, so it can be handed over.
  await page.getByRole('button', { name: 'Generate a password' }).click();
  const password = page.getByLabel('Temporary password', { exact: true });
  await expect(password).toHaveAttribute('type', 'text');
  const temporaryPassword = await password.inputValue();
  expect(temporaryPassword).toMatch(/^(?=.*[A-Za-z])(?=.*\d).{16}$/);
  await page.getByLabel('First name').fill('Jane');
  await page.getByLabel('Last name').fill('Doe');
  await page.getByLabel('Email').fill('jane.doe@example.com');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Add user', exact: true }).click();
  const created = page.getByTestId('user-created');
  await expect(created).toHaveText(
    'jdoe was created. They must change the temporary password at first sign-in.',
  );
  await expect(created).toBeFocused();
  await expect(password).toHaveValue('');
  await expect(userName).toHaveValue('');
  // The temporary password stays shown, with Copy, until the admin presses Done.
  const handOver = page.getByTestId('temporary-password');
  await expect(handOver.getByRole('heading')).toHaveText('Temporary password for jdoe');
  await expect(handOver.getByTestId('temporary-password-value')).toHaveText(temporaryPassword);
  await expect(handOver.getByRole('button', { name: 'Copy password' })).toBeVisible();
  await expect(page.getByTestId('users-summary')).toHaveText('2 users.');
  await expect(rowOf(page, 'jdoe').getByTestId('user-status')).toHaveText('Must change password');

  // The same name again, in another case: known as taken once the field is left; nothing is sent
  // and what was typed stays.
  await userName.fill('JDoe');
  await password.fill('Another-Temp-2026');
  await expect(availability).toHaveText('Taken');
  await page.getByLabel('First name').fill('Jane');
  await page.getByRole('button', { name: 'Add user', exact: true }).click();
  await expect(page.getByText('This user name is already taken. Choose another.')).toBeVisible();
  await expect(userName).toBeFocused();
  await expect(userName).toHaveValue('JDoe');
  await expect(password).toHaveValue('Another-Temp-2026');
  await expect(page.getByTestId('users-summary')).toHaveText('2 users.');
  await expect(handOver.getByTestId('temporary-password-value')).toHaveText(temporaryPassword);
  await expectAccessible(page);
  await handOver.getByRole('button', { name: 'Done' }).click();
  await expect(handOver).toHaveCount(0);
  await expect(userName).toBeFocused();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Add a user' })).toBeFocused();

  // The new user, elsewhere, signs in with the temporary password: straight to the forced change.
  const other = await otherBrowser(browser);
  try {
    await signIn(other.page, 'jdoe', temporaryPassword, { expectDashboard: false });
    await expect(other.page).toHaveURL(/\/first-login\/password/);
    await expect(other.page.getByRole('heading', { name: 'Change your password' })).toBeVisible();
    const token = (await storedToken(other.page))!;
    expect(await refreshStatus(request, token)).toBe(200);

    // The admin sees the session and ends it.
    await page.reload();
    const row = rowOf(page, 'jdoe');
    await expect(row.getByTestId('user-sessions')).toHaveText('1');
    await row.getByRole('button', { name: 'End sessions of jdoe' }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('Jane Doe (jdoe) will be signed out everywhere.');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'End sessions' }).click();
    await expect(page.getByTestId('user-action-result')).toHaveText('Ended 1 session of jdoe.');
    await expect(row.getByTestId('user-sessions')).toHaveText('0');

    // Their token is refused right after.
    expect(await refreshStatus(request, token)).toBe(401);
    expect(other.consoleErrors).toEqual([]);
  } finally {
    await other.page.context().close();
  }
});

test('admin locks a user, who cannot sign in until unlocked', async ({
  page,
  browser,
  request,
}) => {
  // A user of org 20, set up through the API.
  const adminToken = await apiToken(request, 'admin');
  const temporaryPassword = 'Temporary-2026-pass';
  const create = await request.post('/WSAPI/Organizations/20/Users', {
    headers: { ...roamHeaders, 'X-Roam-Token': adminToken },
    data: {
      user_name: 'parent.clerk',
      temporary_password: temporaryPassword,
      first_name: 'Pat',
      last_name: 'Clerk',
      primary_email: 'pat@example.com',
    },
  });
  expect(create.status()).toBe(201);

  await openUsers(page);
  const row = rowOf(page, 'parent.clerk');
  await expect(row.getByTestId('user-status')).toHaveText('Must change password');

  const lock = row.getByRole('button', { name: 'Lock parent.clerk' });
  await lock.click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('will not be able to sign in until unlocked');
  await dialog.getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(page.getByTestId('user-action-result')).toHaveText(
    'Locked parent.clerk: they cannot sign in, and their sessions were ended.',
  );
  await expect(row.getByTestId('user-status')).toHaveText('Locked');
  // Focus stays on the same button, which now unlocks.
  const unlock = row.getByRole('button', { name: 'Unlock parent.clerk' });
  await expect(unlock).toBeFocused();
  await expectAccessible(page);

  // Locked: the right password is refused.
  const other = await otherBrowser(browser);
  try {
    await other.page.goto('/login');
    await other.page.getByLabel('User name').fill('parent.clerk');
    await other.page.getByLabel('Password').fill(temporaryPassword);
    await other.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(other.page.getByTestId('sign-in-error')).toHaveText(
      'This account is locked. Please contact your administrator.',
    );
    await expect(other.page.getByTestId('lock-countdown')).toHaveCount(0);
    await expect(other.page).toHaveURL(/\/login/);
    const refused = await request.post('/WSAPI/Authentication', {
      headers: roamHeaders,
      data: { user_name: 'parent.clerk', password: temporaryPassword },
    });
    expect(refused.status()).toBe(423);

    // Unlocked (no confirmation needed): they get in, to the forced password change.
    await unlock.click();
    await expect(page.getByTestId('user-action-result')).toHaveText(
      'Unlocked parent.clerk: they can sign in again.',
    );
    await expect(row.getByTestId('user-status')).toHaveText('Must change password');
    await other.page.reload();
    await signIn(other.page, 'parent.clerk', temporaryPassword, { expectDashboard: false });
    await expect(other.page).toHaveURL(/\/first-login\/password/);
    expect(other.consoleErrors).toEqual([]);
  } finally {
    await other.page.context().close();
  }
});
