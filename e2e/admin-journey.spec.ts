import { signIn, storedToken } from './helpers/auth';
import { resetSandbox, roamHeaders } from './helpers/sandbox';
import { expect, test } from './helpers/test';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

/**
 * The admin area's journey in one go, through the UI only: `admin` boards a merchant, gives it a user who
 * must change the temporary password at first sign-in, ends that user's sessions (their token
 * answers 401 at once), and finds all three actions in the audit log.
 */
test('admin boards a merchant, adds its first user, ends their sessions, and the audit log says so', async ({
  page,
  browser,
  request,
}) => {
  await signIn(page, 'admin');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Administration' })
    .click();
  await page.getByRole('link', { name: 'Board a merchant' }).click();
  await page.getByLabel('Merchant name').fill('Corner Shop');
  await page.getByRole('combobox', { name: 'Processor' }).click();
  await page.getByRole('option', { name: /^Vantiv/ }).click();
  await page.getByLabel('Contact name').fill('Lee Park');
  await page.getByLabel('Email address').fill('lee@corner.example');
  await page.getByLabel('Phone number').fill('+1 617 555 0199');
  await page.getByLabel('Address line 1').fill('5 Elm Street');
  await page.getByLabel('City').fill('Boston');
  await page.getByLabel('State').fill('MA');
  await page.getByLabel('ZIP code').fill('02110');
  await page.getByLabel('Account holder').fill('Corner Shop LLC');
  await page.getByLabel('Routing number').fill('011000015');
  await page.getByLabel('Account number').fill('44556677');
  await page.getByRole('button', { name: 'Board merchant' }).click();
  await expect(page.getByTestId('boarding-result')).toContainText('Demo Parent Merchant (20)');
  await page.getByRole('link', { name: 'Open Corner Shop' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Corner Shop');

  // Its first user, with a generated temporary password.
  await page
    .getByRole('navigation', { name: 'Merchant' })
    .getByRole('link', { name: 'Users' })
    .click();
  await expect(page.getByTestId('users-summary')).toHaveText('No users.');
  await page.getByRole('button', { name: 'Add a user' }).click();
  await page.getByLabel('User name').fill('corner.owner');
  await page.getByRole('button', { name: 'Generate a password' }).click();
  const temporaryPassword = await page
    .getByLabel('Temporary password', { exact: true })
    .inputValue();
  await page.getByLabel('First name').fill('Lee');
  await page.getByLabel('Last name').fill('Park');
  await page.getByLabel('Email').fill('lee@corner.example');
  await page.getByRole('button', { name: 'Add user', exact: true }).click();
  await expect(page.getByTestId('user-created')).toContainText('corner.owner was created.');

  // The new user signs in elsewhere and must change the password first.
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  try {
    const owner = await context.newPage();
    await signIn(owner, 'corner.owner', temporaryPassword, { expectDashboard: false });
    await expect(owner).toHaveURL(/\/first-login\/password/);
    const token = (await storedToken(owner))!;

    await page.reload();
    const row = page
      .getByTestId('users-table')
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'corner.owner' }) });
    await expect(row.getByTestId('user-status')).toHaveText('Must change password');
    await row.getByRole('button', { name: 'End sessions of corner.owner' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'End sessions' }).click();
    await expect(page.getByTestId('user-action-result')).toHaveText(
      'Ended 1 session of corner.owner.',
    );
    const refresh = await request.put('/WSAPI/Authentication', {
      headers: { ...roamHeaders, 'X-Roam-Token': token },
    });
    expect(refresh.status()).toBe(401);
  } finally {
    await context.close();
  }

  await page
    .getByRole('navigation', { name: 'Administration' })
    .getByRole('link', { name: 'Audit log' })
    .click();
  const entries = page.getByTestId('audit-entry');
  await expect(entries.nth(0)).toContainText('Ended a user’s sessions');
  await expect(entries.nth(1)).toContainText('Created a user');
  await expect(entries.nth(1)).toContainText('corner.owner');
  await expect(entries.nth(2)).toContainText('Boarded a merchant');
  await expect(entries.nth(2)).toContainText('Corner Shop');
});
