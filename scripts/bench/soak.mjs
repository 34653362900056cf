// The soak: many sign-ins, sign-outs and navigations in one tab, and whether memory comes back.
// JS heap (after a forced garbage collection) and the page's DOM counters (event listeners, nodes,
// documents) are read over CDP after the first cycles and again at the end.
import { fillCredentials, newContext, signInButton, waitForLoginForm } from './browser.mjs';

/** The side navigation's pages a merchant sees, visited in turn (path checked after each click). */
const PAGES = [
  ['Transactions', '/transactions'],
  ['Inventory', '/inventory'],
  ['Account settings', '/account'],
  ['Virtual terminal', '/virtual-terminal'],
  ['Dashboard', '/dashboard'],
];

/** Heap in use after collecting garbage (twice: finalizers can free more), plus DOM counters. */
async function measure(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  return { heapBytes: usedSize, documents, nodes, jsEventListeners };
}

async function signIn(page, user) {
  await fillCredentials(page, user);
  await signInButton(page).click();
  await page.getByTestId('user-name').waitFor({ state: 'visible', timeout: 20_000 });
}

async function signOut(page) {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await waitForLoginForm(page);
}

async function navigate(page, [label, path]) {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label }).click();
  await page.waitForURL((url) => url.pathname.startsWith(path), { timeout: 20_000 });
  await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 20_000 });
}

/**
 * `cycles` sign-in → navigations → sign-out rounds in one tab, `navigations` clicks in the side
 * navigation spread over them. Compares the end with the state after `warmupCycles` rounds (the
 * lazy chunks, caches and the router's own services exist by then): growth in %, and the counters.
 */
export async function soak(
  browser,
  baseURL,
  { user, cycles, navigations, warmupCycles, deadline },
) {
  const context = await newContext(browser, baseURL);
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto('/login');
    await waitForLoginForm(page);
    let visited = 0;
    let warm;
    for (let cycle = 1; cycle <= cycles; cycle++) {
      if (Date.now() > deadline) throw new Error(`soak: out of time after ${cycle - 1} cycles`);
      await signIn(page, user);
      const due = Math.round((navigations * cycle) / cycles);
      for (; visited < due; visited++) await navigate(page, PAGES[visited % PAGES.length]);
      await signOut(page);
      if (cycle === warmupCycles) warm = await measure(cdp);
    }
    const end = await measure(cdp);
    return {
      cycles,
      navigations: visited,
      warmupCycles,
      warm,
      end,
      heapGrowthPct: ((end.heapBytes - warm.heapBytes) / warm.heapBytes) * 100,
    };
  } finally {
    await context.close();
  }
}

/** Report rows (see report.mjs): heap growth against its target, the counters beside it. */
export function soakRows(r, t) {
  const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
  const counters = (m) => `${m.jsEventListeners} listeners, ${m.nodes} nodes, ${m.documents} docs`;
  const grew = (key) => r.end[key] > r.warm[key];
  return [
    {
      metric: `JS heap after GC: after ${r.warmupCycles} cycles → after ${r.cycles} (${r.navigations} navigations)`,
      value: `${mb(r.warm.heapBytes)} → ${mb(r.end.heapBytes)} (${r.heapGrowthPct >= 0 ? '+' : ''}${r.heapGrowthPct.toFixed(1)} %)`,
      target: `≤ +${t.soakHeapGrowthPctMax} %`,
      status: r.heapGrowthPct <= t.soakHeapGrowthPctMax ? 'PASS' : 'FAIL',
    },
    {
      metric: '  DOM counters, same points',
      value: `${counters(r.warm)} → ${counters(r.end)}`,
      target: 'listeners not growing',
      status: grew('jsEventListeners') ? 'FAIL' : 'PASS',
    },
  ];
}
