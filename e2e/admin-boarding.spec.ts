import { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './helpers/test';
import { signIn } from './helpers/auth';
import { resetSandbox } from './helpers/sandbox';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

const NEW_MERCHANT = 'E2E Harbour Bakery';
const BOARDING_ACCOUNT_NUMBER = '000123456789';
const NEW_ACCOUNT_NUMBER = '9876543210';

/** Signs in as `admin` (org 20) and opens the boarding page from the merchants list. */
async function openBoarding(page: Page): Promise<void> {
  await signIn(page, 'admin');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Administration' })
    .click();
  await expect(page.getByRole('heading', { name: 'Merchants', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Board a merchant' }).click();
  await expect(page).toHaveURL(/\/admin\/merchants\/new$/);
  await expect(page.getByRole('heading', { name: 'Board a merchant', level: 1 })).toBeVisible();
}

async function fillMerchant(page: Page, name: string): Promise<void> {
  await page.getByLabel('Merchant name').fill(name);
  await page.getByRole('combobox', { name: 'Processor' }).click();
  await page.getByRole('option', { name: /^Vantiv/ }).click();
  await expect(page.getByRole('combobox', { name: 'Country' })).toHaveText('United States');
  await page.getByLabel('Contact name').fill('Ana Silva');
  await page.getByLabel('Email address').fill('ana@harbour.example');
  await page.getByLabel('Phone number').fill('+1 212 555 0142');
  await page.getByLabel('Address line 1').fill('12 Water Street');
  await page.getByLabel('City').fill('New York');
  await page.getByLabel('State').fill('NY');
  await page.getByLabel('ZIP code').fill('10004');
  await page.getByLabel('Account holder').fill('Harbour Bakery LLC');
  await page.getByLabel('Routing number').fill('011000015');
  await page.getByLabel('Account number').fill(BOARDING_ACCOUNT_NUMBER);
}

/** Boards NEW_MERCHANT through the page; returns the new organization id shown in the result. */
async function boardNewMerchant(page: Page): Promise<string> {
  await openBoarding(page);
  await fillMerchant(page, NEW_MERCHANT);
  await page.getByRole('button', { name: 'Board merchant' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was boarded' })).toHaveText(
    `${NEW_MERCHANT} was boarded.`,
  );
  const result = page.getByTestId('boarding-result');
  await expect(result).toContainText(/Organization id\s*\d+/);
  const text = (await result.textContent()) ?? '';
  return /Organization id\s*(\d+)/.exec(text)![1];
}

test('admin boards a submerchant from the merchants list, sees its ids and finds it in the list', async ({
  page,
}) => {
  await openBoarding(page);
  await expect(page.getByTestId('boarding-scope')).toContainText(
    'submerchant of your organization (organization 20)',
  );
  await expectAccessible(page);

  await fillMerchant(page, NEW_MERCHANT);
  await page.getByRole('button', { name: 'Board merchant' }).click();

  await expect(page.getByRole('heading', { name: NEW_MERCHANT, level: 2 })).toBeFocused();
  const result = page.getByTestId('boarding-result');
  await expect(result).toContainText(/Organization id\s*\d+/);
  await expect(result).toContainText(/Chain id\s*\d+/);
  await expect(result).toContainText(/Store id\s*\d+/);
  await expect(result).toContainText(/Terminal id\s*1/);
  await expect(result).toContainText('Demo Parent Merchant (20)');
  await expect(page.getByLabel('Account number')).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole('link', { name: `Open ${NEW_MERCHANT}` }).click();
  await expect(page).toHaveURL(/\/admin\/merchants\/\d+$/);
  await expect(page.getByRole('heading', { name: NEW_MERCHANT, level: 1 })).toBeVisible();
  await expect(page.getByTestId('merchant-facts')).toContainText('Demo Parent Merchant');

  await page.getByRole('link', { name: 'All merchants' }).click();
  await expect(page.getByRole('link', { name: NEW_MERCHANT })).toBeVisible();
});

test('a taken name shows at the name field, and everything typed stays', async ({ page }) => {
  await openBoarding(page);
  // Names are unique ignoring case: the admin's own organization already has this one.
  await fillMerchant(page, 'demo parent merchant');
  await page.getByRole('button', { name: 'Board merchant' }).click();

  const name = page.getByLabel('Merchant name');
  await expect(page.getByText('An organization with this name already exists.')).toBeVisible();
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('demo parent merchant');
  await expect(page.getByLabel('ZIP code')).toHaveValue('10004');
  await expect(page.getByLabel('Routing number')).toHaveValue('011000015');
  await expect(page.getByLabel('Account number')).toHaveValue(BOARDING_ACCOUNT_NUMBER);
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expectAccessible(page);

  await name.fill(NEW_MERCHANT);
  await page.getByRole('button', { name: 'Board merchant' }).click();
  await expect(page.getByTestId('boarding-result')).toBeVisible();

  // The next boarding starts empty: nothing typed for this merchant, its account number least.
  await page.getByRole('button', { name: 'Board another merchant' }).click();
  await expect(page.getByLabel('Merchant name')).toBeFocused();
  await expect(page.getByLabel('Merchant name')).toHaveValue('');
  await expect(page.getByLabel('Account holder')).toHaveValue('');
  await expect(page.getByLabel('Routing number')).toHaveValue('');
  await expect(page.getByLabel('Account number')).toHaveValue('');
});

test('admin updates the new merchant’s phone and bank account, and sees only the last four digits', async ({
  page,
}) => {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    if (response.url().includes('/WSAPI/')) bodies.push(await response.text().catch(() => ''));
  });
  const organizationId = await boardNewMerchant(page);
  await page.getByRole('link', { name: `Open ${NEW_MERCHANT}` }).click();
  await page
    .getByRole('navigation', { name: 'Merchant' })
    .getByRole('link', { name: 'Billing' })
    .click();
  await expect(page).toHaveURL(new RegExp(`/admin/merchants/${organizationId}/billing$`));
  await expect(page.getByRole('heading', { name: 'Billing', level: 2 })).toBeVisible();
  await expect(page.getByTestId('billing-bank-account')).toHaveText(
    '•••• 6789 (routing 011000015, holder Harbour Bakery LLC)',
  );
  await expect(page.getByTestId('billing-updated')).toContainText('Last updated');
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByLabel('Contact name')).toBeFocused();
  await expect(page.getByLabel('Account number')).toHaveCount(0);
  // Another country opens the bank account fields, saying why; back to the stored one, they close.
  const country = page.getByRole('combobox', { name: 'Country' });
  await country.click();
  await page.getByRole('option', { name: 'Canada' }).click();
  await expect(page.getByRole('switch', { name: 'Change bank account' })).toBeChecked();
  await expect(page.getByTestId('bank-account-message')).toHaveText(
    'The country changed: enter the bank account for Canada.',
  );
  await expect(page.getByLabel('Account number')).toHaveValue('');
  await expectAccessible(page);
  await country.click();
  await page.getByRole('option', { name: 'United States' }).click();
  await expect(page.getByRole('switch', { name: 'Change bank account' })).not.toBeChecked();
  await expect(page.getByLabel('Account number')).toHaveCount(0);
  await page.getByLabel('Phone number').fill('(212) 555-0199');
  await page.getByRole('switch', { name: 'Change bank account' }).click();
  await expect(page.getByLabel('Account number')).toHaveValue('');
  await page.getByLabel('Account holder').fill('Harbour Bakery Holdings LLC');
  await page.getByLabel('Routing number').fill('021000022');
  await page.getByLabel('Account number').fill(NEW_ACCOUNT_NUMBER);
  await page.getByRole('button', { name: 'Save' }).click();
  // The ABA check digit is wrong: nothing is sent, the reason is at the field.
  await expect(page.getByText('valid ABA check digit')).toBeVisible();
  await expect(page.getByLabel('Routing number')).toBeFocused();
  await expectAccessible(page);

  await page.getByLabel('Routing number').fill('021000021');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'saved' })).toHaveText(
    'The billing information was saved. The bank account on file now ends in 3210.',
  );
  await expect(page.getByTestId('billing-details')).toContainText('(212) 555-0199');
  await expect(page.getByTestId('billing-bank-account')).toHaveText(
    '•••• 3210 (routing 021000021, holder Harbour Bakery Holdings LLC)',
  );
  // Editing again (without a reload) offers empty bank account fields: the number is forgotten.
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByLabel('Account number')).toHaveCount(0);
  await page.getByRole('switch', { name: 'Change bank account' }).click();
  await expect(page.getByLabel('Account holder')).toHaveValue('');
  await expect(page.getByLabel('Routing number')).toHaveValue('');
  await expect(page.getByLabel('Account number')).toHaveValue('');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByTestId('billing-details')).toBeVisible();

  // Reloaded from the server: still only the last four.
  await page.reload();
  await expect(page.getByTestId('billing-bank-account')).toHaveText(
    '•••• 3210 (routing 021000021, holder Harbour Bakery Holdings LLC)',
  );
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('switch', { name: 'Change bank account' }).click();
  await expect(page.getByLabel('Account number')).toHaveValue('');
  await expectAccessible(page);

  expect(bodies.some((body) => body.includes('3210'))).toBe(true);
  expect(bodies.filter((body) => body.includes(NEW_ACCOUNT_NUMBER))).toEqual([]);
  expect(bodies.filter((body) => body.includes(BOARDING_ACCOUNT_NUMBER))).toEqual([]);
});
