// What the browser fetches: the files /login needs, the requests of one sign-in, and the session
// refreshes (PUTs) that 10 concurrent 401s cause.
import {
  fillCredentials,
  newContext,
  sameOriginPath,
  signInButton,
  waitForLoginForm,
} from './browser.mjs';
import { armClickToDashboard, clickRefreshAt, wsapiTimings } from './in-page.mjs';

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

const SUMMARY_PATH = '/WSAPI/Transactions/Summary';
const REFRESH_PATH = '/WSAPI/Authentication';
const samePath = (a, b) => a.toLowerCase() === b.toLowerCase();
const isRefreshPut = (entry) => entry.method === 'PUT' && samePath(entry.path, REFRESH_PATH);
const isSummary = (entry) => samePath(entry.path, SUMMARY_PATH);

/** Resolves once the dashboard of `page` shows its sales figures (its WSAPI GET answered). */
const figuresShown = (page) => page.getByTestId('figures-today').waitFor({ timeout: 20_000 });

/** The first tab: signs in on /login and lands on the dashboard. */
async function signInTab(context, user) {
  const page = await context.newPage();
  await page.goto('/login');
  await waitForLoginForm(page);
  await fillCredentials(page, user);
  await signInButton(page).click();
  await figuresShown(page);
  return page;
}

/**
 * Another tab of the same browser session. It starts with an empty sessionStorage (that is per
 * tab), so the app asks the open tabs over the session bus and one hands the session over (see
 * core/auth/session-restore.ts); then it shows the dashboard like the first tab.
 */
async function openSignedInTab(context) {
  const page = await context.newPage();
  await page.goto('/dashboard');
  await figuresShown(page);
  if (new URL(page.url()).pathname !== '/dashboard')
    throw new Error(`a new tab did not get the session (it is on ${page.url()})`);
  return page;
}

/** `/__sandbox/<path>` (test controls): arms faults, reads or clears the WSAPI request log. */
async function sandboxControl(baseURL, method, path, body) {
  const response = await fetch(`${baseURL}/__sandbox/${path}`, {
    method,
    // Test controls other than GET need it, body or not.
    headers: { 'Content-Type': 'application/json' },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} /__sandbox/${path}: ${response.status}`);
  return response.json();
}

/** Every WSAPI request and response leaving / reaching the context, with its tab's index. */
function watchWsapi(context, baseURL, pages) {
  const events = [];
  const record = (type, request, status) => {
    const path = sameOriginPath(request.url(), baseURL);
    if (!path?.startsWith('/WSAPI/')) return;
    const tab = pages.indexOf(request.frame().page());
    events.push({ type, tab, method: request.method(), path, status, at: Date.now() });
  };
  const onRequest = (request) => record('request', request);
  const onResponse = (response) => record('response', response.request(), response.status());
  context.on('request', onRequest);
  context.on('response', onResponse);
  return {
    events,
    stop: () => {
      context.off('request', onRequest);
      context.off('response', onResponse);
    },
  };
}

/**
 * One tab's part: its summary GETs answered 401, the summary GETs it sent after its first 401
 * (the replays) and their statuses; from Resource Timing (ms after the click instant) when its
 * first summary GET (the one the fault answered) came back and when its PUTs ended, if any.
 */
function tabReport(events, timings, tab, at) {
  const mine = events.filter((event) => event.tab === tab && isSummary(event));
  const is401 = (event) => event.type === 'response' && event.status === 401;
  const after = mine.slice(mine.findIndex(is401) + 1 || mine.length);
  const round = (epochMs) => Math.round(epochMs - at);
  const firstGet = timings.find(isSummary);
  return {
    unauthorized: mine.filter(is401).length,
    replays: after.filter((event) => event.type === 'request').length,
    replayStatuses: after.filter((event) => event.type === 'response').map((e) => e.status),
    unauthorizedAtMs: firstGet ? round(firstGet.end) : null,
    putsEndedAtMs: timings.filter((e) => samePath(e.path, REFRESH_PATH)).map((e) => round(e.end)),
  };
}

const spread = (values) => (values.length ? Math.max(...values) - Math.min(...values) : null);

/**
 * "How many PUTs when 10 requests get a 401 at once": `tabs` tabs of one signed-in browser
 * session, each on the dashboard. A sandbox fault answers 401 to the next `tabs` GETs of the
 * sales summary (before any check, so the token stays valid and a refresh succeeds); then every
 * tab clicks the figures' "Refresh" at the same instant, so each sends one GET at once. Counted
 * from arming the fault until every tab's load has ended, plus `settleMs` for late ones: the
 * PUT /WSAPI/Authentication requests leaving the browser (and, as a check, those the sandbox
 * logged), the 401s served, the replays, and whether each tab shows fresh figures again (its
 * replay answered 200, no error shown, still signed in). Also, from each tab's Resource Timing,
 * how far apart the 401s reached the tabs and when the first PUT ended: a tab that handles its 401
 * only after another tab's refresh has ended is not "at once" for the app.
 */
export async function refreshFor401s(browser, baseURL, user, { tabs, settleMs = 500 }) {
  const context = await newContext(browser, baseURL);
  try {
    const first = await signInTab(context, user);
    const others = await Promise.all(
      Array.from({ length: tabs - 1 }, () => openSignedInTab(context)),
    );
    const pages = [first, ...others];
    await sandboxControl(baseURL, 'DELETE', 'requests');
    const watch = watchWsapi(context, baseURL, pages);
    await sandboxControl(baseURL, 'POST', 'faults', {
      method: 'GET',
      path: SUMMARY_PATH,
      count: tabs,
      status: 401,
    });
    const at = Date.now() + 300; // time for every page.evaluate to arrive before the click
    const loads = await Promise.all(
      pages.map((page) => page.evaluate(clickRefreshAt, { at, timeoutMs: 15_000 })),
    );
    await first.waitForTimeout(settleMs);
    watch.stop();
    const { events } = watch;
    const timings = await Promise.all(pages.map((page) => page.evaluate(wsapiTimings, at - 100)));
    const serverLog = (await sandboxControl(baseURL, 'GET', 'requests')).requests;
    const faultsLeft = (await sandboxControl(baseURL, 'GET', 'faults')).faults;

    const byTab = pages.map((page, tab) => ({
      ...tabReport(events, timings[tab], tab, at),
      outcome: loads[tab].outcome,
      signedOut: new URL(page.url()).pathname === '/login',
    }));
    const recovered = byTab.filter(
      (tab) =>
        tab.outcome === 'figures shown' &&
        !tab.signedOut &&
        tab.replayStatuses.length > 0 &&
        tab.replayStatuses.every((status) => status === 200),
    ).length;
    const sum = (key) => byTab.reduce((total, tab) => total + tab[key], 0);
    const arrivals = byTab.map((tab) => tab.unauthorizedAtMs).filter((ms) => ms !== null);
    const firstRefreshEndedAtMs = Math.min(...byTab.flatMap((tab) => tab.putsEndedAtMs));
    return {
      tabs,
      puts: events.filter((event) => event.type === 'request' && isRefreshPut(event)).length,
      putsSeenBySandbox: serverLog.filter(isRefreshPut).length,
      unauthorized: events.filter((event) => event.type === 'response' && event.status === 401)
        .length,
      replays: sum('replays'),
      recovered,
      signedOut: byTab.filter((tab) => tab.signedOut).length,
      faultUsesLeft: faultsLeft.reduce((total, fault) => total + fault.remaining, 0),
      clickSpreadMs: spread(loads.map((load) => load.clickedAt).filter(Boolean)),
      unauthorizedSpreadMs: spread(arrivals),
      firstRefreshEndedAtMs: Number.isFinite(firstRefreshEndedAtMs) ? firstRefreshEndedAtMs : null,
      lastLoadEndedAtMs: Math.max(...loads.map((load) => (load.doneAt ?? at) - at)),
      byTab,
      wsapi: events.map(({ at: when, ...event }) => ({ ...event, ms: when - at })),
    };
  } finally {
    await context.close();
  }
}
