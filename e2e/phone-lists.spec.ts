import { Page } from '@playwright/test';
import { signIn } from './helpers/auth';
import { resetSandbox } from './helpers/sandbox';
import { expect, expectAccessible, test } from './helpers/test';

/**
 * Every list at a phone's size (390×844): the page never pans sideways, no part of its main
 * content is wider than the screen, the rows are stacked (no table), and a row's actions are
 * reached from its "Actions for …" menu with the keyboard alone.
 */
test.use({ viewport: { width: 390, height: 844 } });

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

/**
 * The page does not scroll sideways, and no element of the main content reaches past the screen's
 * edges (inside a scrolling frame too), unless an ancestor clips it (a long label's ellipsis).
 * `table` is the test id of the table the phone shows as stacked rows instead.
 */
async function expectFitsPhone(page: Page, table: string): Promise<void> {
  await expect(async () => {
    const found = await page.evaluate(() => {
      const width = window.innerWidth;
      const main = document.querySelector('main')!;
      const clipped = (element: HTMLElement) => {
        for (let up = element.parentElement; up && up !== main; up = up.parentElement) {
          const { overflowX } = getComputedStyle(up);
          const box = up.getBoundingClientRect();
          if (
            (overflowX === 'hidden' || overflowX === 'clip') &&
            box.right <= width &&
            box.left >= 0
          )
            return true;
        }
        return false;
      };
      const tooWide = [...main.querySelectorAll<HTMLElement>('*')]
        .filter((element) => {
          const box = element.getBoundingClientRect();
          return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5) && !clipped(element);
        })
        .map((element) => {
          const box = element.getBoundingClientRect();
          const name = `${element.localName}${element.className ? '.' + String(element.className).trim().split(/\s+/).join('.') : ''}`;
          return `${name} ${Math.round(box.left)}…${Math.round(box.right)}`;
        });
      return { scrollWidth: document.scrollingElement!.scrollWidth, width, tooWide };
    });
    expect(found.tooWide, 'no element of the main content wider than the screen').toEqual([]);
    expect(found.scrollWidth, 'the page does not scroll sideways').toBeLessThanOrEqual(found.width);
  }).toPass({ intervals: [250, 500, 1000], timeout: 5_000 });
  await expect(page.locator(`table[data-testid="${table}"]`)).toHaveCount(0);
}

/** Tabs forward from the page's heading until `target` has focus (at most `limit` presses). */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>, limit = 60) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('the dashboard’s tables are stacked rows that fit a phone', async ({ page }) => {
  await signIn(page, 'merchant');
  await expect(page.getByTestId('tender-table')).toBeVisible();
  await expectFitsPhone(page, 'tender-table');
  await expectFitsPhone(page, 'daily-table');
  await expect(page.getByTestId('tender-table').getByRole('listitem').first()).toBeVisible();
  await expectAccessible(page);
});

test('transactions are stacked rows with the amount and status on screen', async ({ page }) => {
  await signIn(page, 'merchant');
  await page.goto('/transactions');
  await expect(page.getByTestId('transactions-count')).toBeVisible();
  await expectFitsPhone(page, 'transactions-table');
  const rows = page.getByTestId('transactions-list').getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  await expect(rows.first().getByTestId('amount')).toBeInViewport();
  await expect(rows.first().getByTestId('transaction-status')).toBeInViewport();
  await expect(page.locator('mat-paginator')).toBeVisible();
  await expectAccessible(page);

  // No column headings to click: the order is a select.
  await page.getByRole('combobox', { name: 'Sort' }).click();
  await page.getByRole('option', { name: 'Largest amount first' }).click();
  await expect(page).toHaveURL(/[?&]sort=/);
  await expect(page.getByTestId('transactions-list')).toHaveAccessibleName(
    'Transactions, largest amount first',
  );
  await expectFitsPhone(page, 'transactions-table');

  // The row opens its detail.
  await rows.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/transactions\/[^/?]+$/);
});

test('inventory rows are stacked; Edit and Delete are in the row’s menu, by keyboard', async ({
  page,
}) => {
  await signIn(page, 'merchant');
  await page.goto('/inventory');
  await expect(page.getByTestId('inventory-summary')).toHaveText('30 items.');
  await expectFitsPhone(page, 'inventory-table');
  await expectAccessible(page);

  const first = page.getByTestId('inventory-list').getByRole('listitem').first();
  const name = (await first.getByTestId('item-name').textContent())!.trim();
  const menuButton = first.getByRole('button', { name: `Actions for ${name}` });
  await page.getByRole('searchbox', { name: 'Search by name or SKU' }).focus();
  await tabTo(page, menuButton);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveText(['Edit', 'Delete']);
  await expect(menu.getByRole('menuitem', { name: 'Edit' })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Delete' })).toBeFocused();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog', { name: 'Delete this item?' });
  await expect(dialog).toContainText(name);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // The paginator fits too, and pages.
  await page.getByRole('button', { name: 'Next page' }).click();
  await expect(page.getByTestId('inventory-list').getByRole('listitem')).toHaveCount(5);
  await expectFitsPhone(page, 'inventory-table');

  await page
    .getByRole('button', { name: /^Actions for / })
    .first()
    .focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/inventory\/item_[a-z0-9]+$/);
});

test('admin users are stacked rows; Lock and End sessions are in the row’s menu, by keyboard', async ({
  page,
}) => {
  // Merchant 8's users: the demo merchant, its clerk and a new user (the admin's own has no menu).
  await signIn(page, 'sysadmin');
  await page.goto('/admin/merchants/8/users');
  await expect(page.getByRole('heading', { name: 'Users', level: 2 })).toBeVisible();
  await expect(page.getByTestId('users-summary')).toHaveText('3 users.');
  await expectFitsPhone(page, 'users-table');
  const list = page.getByTestId('users-list');
  await expect(list.getByRole('listitem').first()).toBeVisible();
  await expectAccessible(page);

  const menuButton = list.getByRole('button', { name: /^Actions for / }).first();
  const userName = (await menuButton.getAttribute('aria-label'))!.replace('Actions for ', '');
  await page.getByRole('button', { name: 'Add a user' }).focus();
  await tabTo(page, menuButton);
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem')).toHaveText([/^\s*(Lock|Unlock)\s*$/, 'End sessions']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText(userName);
  await dialog.getByRole('button', { name: 'End sessions' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('user-action-result')).toBeVisible();

  // The audit log records it, as a stacked row.
  await page.goto('/admin/audit-log');
  await expect(page.getByTestId('audit-list').getByRole('listitem').first()).toContainText(
    userName,
  );
  await expectFitsPhone(page, 'audit-table');
  await expectAccessible(page);
});

test('admin merchants are stacked rows that fit a phone', async ({ page }) => {
  await signIn(page, 'admin');
  await page.goto('/admin/merchants');
  await expect(page.getByTestId('merchants-summary')).toHaveText('2 merchants.');
  await expectFitsPhone(page, 'merchants-table');
  await expect(page.getByTestId('merchants-list').getByRole('listitem')).toHaveCount(2);
  await expectAccessible(page);
});
