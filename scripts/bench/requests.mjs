// What the browser fetches: the files /login needs, and the requests of one sign-in.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  fillCredentials,
  newContext,
  sameOriginPath,
  signInButton,
  waitForLoginForm,
} from './browser.mjs';
import { armClickToDashboard } from './in-page.mjs';

/**
 * Every JS and CSS file (build-relative names) the browser fetches to make /login usable: a cold
 * context loads /login, waits for an enabled "Sign in" button and network idle.
 */
export async function filesLoginNeeds(browser, baseURL) {
  const context = await newContext(browser, baseURL);
  try {
    const page = await context.newPage();
    const names = new Set();
    page.on('response', (response) => {
      const type = response.request().resourceType();
      const path = sameOriginPath(response.url(), baseURL);
      if (path && (type === 'script' || type === 'stylesheet')) names.add(path.replace(/^\//, ''));
    });
    await page.goto('/login');
    await waitForLoginForm(page);
    await page.waitForLoadState('networkidle', { timeout: 15_000 });
    return [...names].sort();
  } finally {
    await context.close();
  }
}

function classify(request, baseURL) {
  const path = sameOriginPath(request.url(), baseURL) ?? request.url();
  const kind = path.startsWith('/WSAPI/')
    ? 'wsapi'
    : request.resourceType() === 'script' || path.endsWith('.js')
      ? 'js'
      : 'other';
  return { method: request.method(), path, kind };
}

/**
 * Requests that leave the page between the "Sign in" click and the dashboard being painted, on a
 * cold context (first sign-in of a fresh tab). Kept only if the browser started them inside that
 * window (request timing start, epoch ms, compared with the page's click/paint times).
 */
export async function signInRequests(browser, baseURL, user) {
  const context = await newContext(browser, baseURL);
  try {
    const page = await context.newPage();
    await page.goto('/login');
    await waitForLoginForm(page);
    await page.waitForLoadState('networkidle', { timeout: 15_000 });
    await fillCredentials(page, user);
    const seen = [];
    const onRequest = (request) => seen.push(request);
    await page.evaluate(armClickToDashboard, 15_000);
    context.on('request', onRequest);
    await signInButton(page).click();
    const span = await page.evaluate(() => globalThis.__benchDashboard);
    context.off('request', onRequest);
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
    const inWindow = seen.filter((request) => {
      const start = request.timing().startTime;
      return !(start > 0) || (start >= span.clickedAt - 1 && start <= span.paintedAt);
    });
    const requests = inWindow.map((request) => classify(request, baseURL));
    const count = (kind) => requests.filter((request) => request.kind === kind).length;
    return {
      total: requests.length,
      wsapi: count('wsapi'),
      lazyJs: count('js'),
      other: count('other'),
      clickToPaintMs: span.ms,
      requests,
    };
  } finally {
    await context.close();
  }
}

function sourceFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') && !name.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * "How many PUTs when 10 requests get a 401 at once" needs the app itself to send 10 concurrent
 * WSAPI GETs (page.evaluate cannot reach Angular's HttpClient, and src/ is not ours to change).
 * This checks whether a feature page calls /Merchants/Current yet; until one does the metric is
 * reported as not measurable (unit tests of the refresh interceptor cover 1 refresh for N 401s).
 */
export function refreshFor401s(root) {
  const features = join(root, 'src', 'app', 'features');
  const callers = sourceFiles(features).filter((path) =>
    /Merchants\/Current/i.test(readFileSync(path, 'utf8')),
  );
  if (callers.length === 0) {
    return {
      measured: false,
      reason:
        'not measurable yet: no feature page issues WSAPI GETs to /Merchants/Current ' +
        '(the first-login pages send one GET each, never 10 at once)',
    };
  }
  return {
    measured: false,
    reason:
      `a feature now calls /Merchants/Current (${callers.map((p) => relative(root, p)).join(', ')}): ` +
      'extend scripts/bench/requests.mjs to open that page with a 10 × 401 fault armed',
  };
}
