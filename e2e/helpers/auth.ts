import { Page, expect } from '@playwright/test';
import { demoPassword } from './sandbox';

/**
 * Signs in through the login page as a demo user; by default waits for the dashboard, otherwise
 * for the login page to go away (a returnUrl, or a forced first-login step).
 */
export async function signIn(
  page: Page,
  userName: string,
  password = demoPassword,
  { expectDashboard = true } = {},
): Promise<void> {
  if (!page.url().includes('/login')) await page.goto('/login');
  await page.getByLabel('User name').fill(userName);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  if (expectDashboard) await expect(page.getByTestId('user-name')).toHaveText(userName);
  else await expect(page).not.toHaveURL(/\/login/);
}

/** Every value in this page's localStorage, for checking that no token ever lands there. */
export async function localStorageDump(page: Page): Promise<string> {
  return page.evaluate(() => JSON.stringify({ ...window.localStorage }));
}

/** The session token this tab holds (from sessionStorage), or null. */
export async function storedToken(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const raw = window.sessionStorage.getItem('mcm.session');
    return raw ? (JSON.parse(raw) as { session: { token: string } }).session.token : null;
  });
}

/** Signs out through the toolbar's user menu. */
export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
}
