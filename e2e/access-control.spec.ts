import { expect, expectAccessible, test } from './helpers/test';
import { signIn } from './helpers/auth';
import { resetSandbox } from './helpers/sandbox';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

const nav = (page: import('@playwright/test').Page) =>
  page.getByRole('navigation', { name: 'Main' });

test('clerk: no Virtual terminal or Inventory links, /virtual-terminal is forbidden, its code never loads', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await signIn(page, 'clerk');
  await expect(nav(page).getByRole('link', { name: 'Transactions' })).toBeVisible();
  await expect(nav(page).getByRole('link', { name: 'Virtual terminal' })).toHaveCount(0);
  await expect(nav(page).getByRole('link', { name: 'Inventory' })).toHaveCount(0);

  await page.goto('/virtual-terminal');
  await expect(page).toHaveURL(/\/forbidden\?/);
  await expect(
    page.getByRole('heading', { name: "You don't have access to this page" }),
  ).toBeVisible();
  await expect(page.getByTestId('missing-permissions')).toContainText('Virtual terminal');
  await expect(page.getByRole('main')).not.toContainText('component.access');

  expect(scripts.some((path) => path.includes('dashboard'))).toBe(true);
  expect(scripts.filter((path) => path.includes('virtual-terminal'))).toEqual([]);
});

test('merchant: both links, and the virtual terminal opens', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await signIn(page, 'merchant');
  await expect(nav(page).getByRole('link', { name: 'Inventory' })).toBeVisible();
  await nav(page).getByRole('link', { name: 'Virtual terminal' }).click();
  await expect(page).toHaveURL(/\/virtual-terminal$/);
  await expect(page.getByRole('heading', { name: 'Virtual terminal' })).toBeVisible();
  expect(scripts.some((path) => path.includes('virtual-terminal'))).toBe(true);
  await expect(nav(page).getByRole('link', { name: 'Administration' })).toHaveCount(0);
});

for (const user of ['admin', 'sysadmin']) {
  test(`${user} sees Administration and can open it`, async ({ page }) => {
    await signIn(page, user);
    await nav(page).getByRole('link', { name: 'Administration' }).click();
    await expect(page).toHaveURL(/\/admin\/merchants$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Merchants' })).toBeVisible();
    await expect(nav(page).getByRole('link', { name: 'Administration' })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });
}

test('merchant typing /admin lands on /forbidden', async ({ page }) => {
  await signIn(page, 'merchant');
  await page.goto('/admin');
  await expect(page).toHaveURL(/\/forbidden\?/);
  await expect(page.getByTestId('missing-permissions')).toContainText('Organization administrator');
  await expectAccessible(page);
});

test('the returnUrl survives a sign-in', async ({ page }) => {
  await page.goto('/inventory');
  await expect(page).toHaveURL(/\/login\?returnUrl=%2Finventory$/);
  await signIn(page, 'merchant', undefined, { expectDashboard: false });
  await expect(page).toHaveURL(/\/inventory$/);
});

test('the navigation works with the keyboard alone', async ({ page }) => {
  await signIn(page, 'merchant');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  const transactions = nav(page).getByRole('link', { name: 'Transactions' });
  for (
    let i = 0;
    i < 15 && !(await transactions.evaluate((el) => el === document.activeElement));
    i++
  ) {
    await page.keyboard.press('Tab');
  }
  await expect(transactions).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/transactions$/);
});

test('on a phone-sized screen the navigation is a menu', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signIn(page, 'merchant');
  const open = page.getByRole('button', { name: 'Open navigation' });
  await expect(open).toBeVisible();
  await open.click();
  await expectAccessible(page);
  await nav(page).getByRole('link', { name: 'Inventory' }).click();
  await expect(page).toHaveURL(/\/inventory$/);
  await expect(open).toHaveAttribute('aria-expanded', 'false');
});
