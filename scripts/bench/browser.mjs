// Debian Chromium driven by Playwright, plus the page steps every browser part shares.
import { chromium } from '@playwright/test';
import { chromiumFlags } from '../chromium-flags.cjs';

export const CHROME = process.env.CHROME_BIN || process.env.CHROME_PATH || '/usr/bin/chromium';

/** The flags of every Chromium this repo starts (scripts/chromium-flags.cjs). */
export const CHROME_FLAGS = chromiumFlags;

/** Signals are left to run.mjs (Playwright's own SIGINT handler would exit before cleanup). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROME,
    args: CHROME_FLAGS,
    headless: true,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}

/** A fresh context (empty cache and storage) on the sandbox's origin. */
export function newContext(browser, baseURL) {
  return browser.newContext({ baseURL, serviceWorkers: 'block' });
}

export const signInButton = (page) => page.getByRole('button', { name: 'Sign in', exact: true });

/** Waits until /login shows an enabled "Sign in" button. */
export async function waitForLoginForm(page, timeout = 20_000) {
  const button = signInButton(page);
  await button.waitFor({ state: 'visible', timeout });
  const deadline = Date.now() + timeout;
  while (!(await button.isEnabled())) {
    if (Date.now() > deadline) throw new Error('"Sign in" stayed disabled');
    await page.waitForTimeout(20);
  }
}

/** Fills the login form (not timed). */
export async function fillCredentials(page, { userName, password }) {
  await page.getByLabel('User name').fill(userName);
  await page.getByLabel('Password', { exact: true }).fill(password);
}

/** Signed out for the next run: forget this tab's session, then load /login again. */
export async function signOutByReload(page) {
  await page.evaluate(() => globalThis.sessionStorage.clear());
  await page.goto('/login');
  await waitForLoginForm(page);
}

/** `POST /__sandbox/reset`: seed data back, sessions and lockouts gone. */
export async function resetSandbox(url) {
  const response = await fetch(`${url}/__sandbox/reset`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
  });
  if (!response.ok) throw new Error(`sandbox reset failed: ${response.status}`);
}

/** `/WSAPI/...` or another path of this origin, else null. */
export function sameOriginPath(requestUrl, baseURL) {
  const url = new URL(requestUrl);
  return url.origin === new URL(baseURL).origin ? url.pathname : null;
}
