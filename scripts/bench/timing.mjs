// Time ratios: times on shared machines drift, so each is divided by a baseline taken in the same
// run, interleaved with it. All times are in-page performance.now() milliseconds.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  fillCredentials,
  newContext,
  resetSandbox,
  signInButton,
  signOutByReload,
  waitForLoginForm,
} from './browser.mjs';
import { armClickToDashboard, armSignInReady, rawLoginFetch, STATIC_PAGE } from './in-page.mjs';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const summary = (values) => ({
  medianMs: median(values),
  minMs: Math.min(...values),
  maxMs: Math.max(...values),
  runsMs: values.map((value) => Math.round(value * 10) / 10),
});

/**
 * (a) "Sign in" click → dashboard painted, over a raw `fetch` of the same POST from the same page.
 * One warm-up run first (it also fetches the lazy chunks; reported as coldFirstMs). Before each
 * run the sandbox is reset and the tab signed out, so lockout and old sessions never interfere.
 */
export async function clickToDashboard(browser, baseURL, { user, headers, runs, deadline }) {
  const context = await newContext(browser, baseURL);
  try {
    const page = await context.newPage();
    await page.goto('/login');
    await waitForLoginForm(page);
    const clicks = [];
    const fetches = [];
    let coldFirstMs;
    for (let run = 0; run <= runs && Date.now() < deadline; run++) {
      await resetSandbox(baseURL);
      if (run > 0) await signOutByReload(page);
      const fetched = await page.evaluate(rawLoginFetch, { headers, ...user });
      if (fetched.status !== 200) throw new Error(`raw login fetch answered ${fetched.status}`);
      await fillCredentials(page, user);
      await page.evaluate(armClickToDashboard, 15_000);
      await signInButton(page).click();
      const { ms } = await page.evaluate(() => globalThis.__benchDashboard);
      if (run === 0) {
        coldFirstMs = ms;
        continue;
      }
      clicks.push(ms);
      fetches.push(fetched.ms);
    }
    await resetSandbox(baseURL);
    if (clicks.length === 0) throw new Error('no timed run finished before the deadline');
    const click = summary(clicks);
    const fetch = summary(fetches);
    return {
      runs: clicks.length,
      coldFirstMs,
      click,
      fetch,
      ratio: click.medianMs / fetch.medianMs,
    };
  } finally {
    await context.close();
  }
}

/** One cold navigation (new context: empty cache) → ms until an enabled "Sign in" is painted. */
async function coldLoad(browser, baseURL, path) {
  const context = await newContext(browser, baseURL);
  try {
    await context.addInitScript(armSignInReady);
    const page = await context.newPage();
    await page.goto(path);
    return await page.evaluate(
      (timeoutMs) =>
        Promise.race([
          globalThis.__benchReady,
          new Promise((_, reject) => setTimeout(() => reject(new Error('not ready')), timeoutMs)),
        ]),
      20_000,
    );
  } finally {
    await context.close();
  }
}

/** Writes the static comparison page into the served build folder; returns its path. */
export function writeStaticPage(staticDir) {
  writeFileSync(join(staticDir, 'bench-static.html'), STATIC_PAGE);
  return '/bench-static.html';
}

/**
 * (b) Cold load of /login until "Sign in" is enabled and painted, over the cold load of a static
 * HTML page from the same server with the same button (both from navigation start).
 */
export async function coldLoginLoad(browser, baseURL, { staticPath, runs, deadline }) {
  await coldLoad(browser, baseURL, '/login'); // warm-up: server caches, browser process
  const logins = [];
  const statics = [];
  for (let run = 0; run < runs && Date.now() < deadline; run++) {
    statics.push(await coldLoad(browser, baseURL, staticPath));
    logins.push(await coldLoad(browser, baseURL, '/login'));
  }
  if (logins.length === 0) throw new Error('no cold load finished before the deadline');
  const login = summary(logins);
  const staticPage = summary(statics);
  return {
    runs: logins.length,
    login,
    staticPage,
    ratio: login.medianMs / staticPage.medianMs,
  };
}
