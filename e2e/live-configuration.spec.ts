import { Browser, Page } from '@playwright/test';
import { signIn } from './helpers/auth';
import { resetSandbox } from './helpers/sandbox';
import { expect, expectAccessible, test } from './helpers/test';

test.beforeEach(async ({ request }) => {
  await resetSandbox(request);
});

/**
 * A second person at another computer: their own browser context (cookies, storage, tabs). The
 * test's guards watch only the first context, so this one collects its own console errors.
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

test('sysadmin turns off the virtual terminal in the admin area; a signed-in merchant loses it at the next refresh', async ({
  page,
  browser,
}) => {
  // The merchant, signed in, on the virtual terminal.
  await page.clock.install();
  await signIn(page, 'merchant');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Virtual terminal' }).click();
  await expect(page).toHaveURL(/\/virtual-terminal$/);

  // The system administrator, elsewhere: Administration → Demo Merchant → Configuration.
  const { page: admin, consoleErrors } = await otherBrowser(browser);
  try {
    await signIn(admin, 'sysadmin');
    await admin
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Administration' })
      .click();
    await admin.getByLabel('Search by name, organization, chain or store id').fill('Demo Merchant');
    await admin.getByRole('link', { name: 'Demo Merchant', exact: true }).click();
    await expect(admin.getByRole('heading', { level: 1 })).toHaveText('Demo Merchant');
    await admin
      .getByRole('navigation', { name: 'Merchant' })
      .getByRole('link', { name: 'Configuration' })
      .click();
    await expect(admin).toHaveURL(/\/admin\/merchants\/8\/configuration$/);
    await expect(admin.getByRole('heading', { name: 'Configuration', level: 2 })).toBeVisible();
    await expectAccessible(admin);

    await admin.getByRole('button', { name: 'Edit settings' }).click();
    // The switch is named by its label; its raw key is the row's small print.
    const toggle = admin.getByRole('switch', { name: 'Virtual terminal', exact: true });
    await expect(toggle).toBeChecked();
    await toggle.click();
    await expect(toggle).not.toBeChecked();
    await expect(admin.getByTestId('pending-changes')).toHaveText(
      'component.access.virtual_terminal: On → Off',
    );
    await expectAccessible(admin);
    await admin.getByRole('button', { name: 'Save 1 change' }).click();
    await expect(admin.getByRole('status').filter({ hasText: 'Saved' })).toHaveText(
      'Saved 1 change. Users of Demo Merchant see it at their next session refresh.',
    );
    await expect(
      admin
        .getByRole('table', { name: /Feature access/ })
        .getByRole('row', { name: /virtual_terminal/ }),
    ).toContainText('Off');
    await expectAccessible(admin);
    expect(consoleErrors, 'no console errors for the system administrator').toEqual([]);
  } finally {
    await admin.context().close();
  }

  // Nothing changes until the session is refreshed: then the link goes, and so does the page.
  await expect(nav.getByRole('link', { name: 'Virtual terminal' })).toBeVisible();
  await page.clock.fastForward('14:00');
  await page.getByRole('button', { name: 'Stay signed in' }).click();
  await expect(nav.getByRole('link', { name: 'Virtual terminal' })).toHaveCount(0);
  await expect(page).toHaveURL(/\/forbidden\?/);
  await expect(page.getByTestId('missing-permissions')).toContainText('Virtual terminal');
  await expect(page.getByRole('main')).not.toContainText('component.access');
  await expect(nav.getByRole('link', { name: 'Transactions' })).toBeVisible();
});
