import { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './helpers/test';
import { signIn } from './helpers/auth';
import { resetSandbox } from './helpers/sandbox';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

async function openAccountSettings(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Account settings' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole('heading', { name: 'Account settings', level: 1 })).toBeVisible();
}

test('merchant edits their name and the toolbar follows, also after signing in again', async ({
  page,
}) => {
  await signIn(page, 'merchant');
  await expect(page.getByTestId('user-menu')).toHaveText('Morgan Merchant');
  await openAccountSettings(page);
  await expect(page.getByLabel('Address line 1')).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('First name').fill('  Maxine ');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your name was saved.' })).toBeVisible();
  await expect(page.getByTestId('user-menu')).toHaveText('Maxine Merchant');
  await expect(page.getByLabel('First name')).toHaveValue('Maxine');

  // The server kept it: a new sign-in's login response carries the new name.
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await signIn(page, 'merchant');
  await expect(page.getByTestId('user-menu')).toHaveText('Maxine Merchant');
});

test('merchant saves an address, choosing the country from the one country select', async ({
  page,
}) => {
  await signIn(page, 'merchant');
  await openAccountSettings(page);
  await page.getByLabel('Address line 1').fill('200 King Street West');
  await page.getByLabel('City').fill('Toronto');
  await page.getByLabel('Postal code').fill('M5H 3T4');
  const country = page.getByRole('combobox', { name: 'Country' });
  await country.click();
  const countries = page.getByRole('listbox', { name: 'Country' });
  await expect(countries.getByRole('option')).toHaveText(['United States', 'Canada']);
  await countries.getByRole('option', { name: 'Canada' }).click();
  await expect(country).toHaveText('Canada');
  await expect(page.getByText('For example K1A 0B1')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Save address' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your address was saved.' }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveText('Canada');
});

test('a user without change_name sees their name but cannot edit it', async ({ page }) => {
  // No seeded user lacks the flag (see sandbox/store/seed.data.ts), so this journey turns it
  // off in clerk's login response; the sandbox's own 403 is covered by its test suite.
  await page.route('**/WSAPI/Authentication', async (route) => {
    if (route.request().method() !== 'POST') return route.continue();
    const response = await route.fetch();
    const body = await response.json();
    body.configuration['account.permissions.change_name'] = false;
    await route.fulfill({ response, json: body });
  });
  await signIn(page, 'clerk');
  await openAccountSettings(page);
  await expect(page.getByTestId('profile-name')).toHaveText('Casey Clerk');
  await expect(page.getByTestId('name-read-only')).toBeVisible();
  await expect(page.getByLabel('First name')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Save name' })).toHaveCount(0);
  // What the flag does not govern stays editable.
  await expect(page.getByLabel('Email address')).toBeVisible();
  await expect(page.getByLabel('Current password')).toBeVisible();
  await expectAccessible(page);
});

test('merchant switches to en-CA: amounts follow, USD now written US$', async ({ page }) => {
  await signIn(page, 'merchant');
  await expect(page.getByTestId('figures-today')).toBeVisible();
  await expect(page.getByTestId('sales-summary')).not.toContainText('US$');
  await openAccountSettings(page);

  const locale = page.getByRole('combobox', { name: 'Language and region' });
  await expect(locale.locator('option')).toHaveText([/\(en-US\)\s*$/, /\(en-CA\)\s*$/]);
  await locale.selectOption('en-CA');
  await page.getByRole('button', { name: 'Use this language and region' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Your language and region were saved.' }),
  ).toBeVisible();

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Dashboard' })
    .click();
  await expect(page.getByTestId('figures-today').getByTestId('figure-sales')).toHaveText(
    /^\s*US\$[\d,]+\.\d{2}\s*$/,
  );
});

test('email receipts: the header is saved for the organization', async ({ page }) => {
  await signIn(page, 'merchant');
  await openAccountSettings(page);
  const header = page.getByLabel('Receipt header');
  await header.fill('Thank you for shopping at Demo Merchant!\nSee you soon.');
  await page.getByRole('button', { name: 'Save receipt settings' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The email-receipt settings were saved.' }),
  ).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Receipt header')).toHaveValue(
    'Thank you for shopping at Demo Merchant!\nSee you soon.',
  );
});

test('a wrong current password is refused on its field, and never shown or kept', async ({
  page,
}) => {
  await signIn(page, 'merchant');
  await openAccountSettings(page);
  await page.getByLabel('Current password').fill('not-my-password');
  await page.getByLabel('New password', { exact: true }).fill('Fresh-Start-2026');
  await page.getByLabel('Confirm new password').fill('Fresh-Start-2026');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('The current password is incorrect.')).toBeVisible();
  // Only the refused current password is emptied; the new one and its confirmation stay.
  await expect(page.getByLabel('Current password')).toHaveValue('');
  await expect(page.getByLabel('New password', { exact: true })).toHaveValue('Fresh-Start-2026');
  await expect(page.getByLabel('Confirm new password')).toHaveValue('Fresh-Start-2026');
  await expect(page.getByLabel('Current password')).toBeFocused();
  // The security questions are listed; their answers never are.
  await expect(page.getByTestId('security-questions')).toContainText('sixth grade');
  await expect(page.locator('body')).not.toContainText('testAnswer');
  await expectAccessible(page);
});
