// The soak: many sign-ins, sign-outs and navigations in one tab, and whether memory comes back.
// JS heap (after a forced garbage collection) and the page's DOM counters (event listeners, nodes,
// documents) are read over CDP after the first cycles and again at the end.
import { fillCredentials, newContext, signInButton, waitForLoginForm } from './browser.mjs';
import { heapByKind } from './heap-snapshot.mjs';

/** The side navigation's pages a merchant sees, visited in turn (path checked after each click). */
const PAGES = [
  ['Transactions', '/transactions'],
  ['Inventory', '/inventory'],
  ['Account settings', '/account'],
  ['Virtual terminal', '/virtual-terminal'],
  ['Dashboard', '/dashboard'],
];

/** Listeners on an object of the page (`window`, or `document` and every node in it). */
async function listenersOn(cdp, expression, depth) {
  const { result } = await cdp.send('Runtime.evaluate', { expression, objectGroup: 'soak' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
    objectId: result.objectId,
    depth,
    pierce: true,
  });
  return listeners.length;
}

/**
 * Heap in use after collecting garbage (twice: finalizers can free more); Blink's counters (every
 * node and listener still alive, detached ones included); and what the live page holds: listeners
 * on `window` and in the document, its elements, and those in the cdk overlay container.
 */
async function measure(cdp, page, cycle) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { documents, nodes, jsEventListeners } = await cdp.send('Memory.getDOMCounters');
  const pageListeners =
    (await listenersOn(cdp, 'window', 0)) + (await listenersOn(cdp, 'document', -1));
  await cdp.send('Runtime.releaseObjectGroup', { objectGroup: 'soak' });
  const { elements, overlayElements } = await page.evaluate(() => ({
    elements: document.getElementsByTagName('*').length,
    overlayElements:
      document.querySelector('.cdk-overlay-container')?.getElementsByTagName('*').length ?? 0,
  }));
  return {
    cycle,
    heapBytes: usedSize,
    documents,
    nodes,
    jsEventListeners,
    pageListeners,
    elements,
    overlayElements,
  };
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
 * navigation spread over them. Measures after every sign-out from `warmupCycles` on (the lazy
 * chunks, caches and the router's own services exist by then) and compares the end with that
 * first measurement; heap snapshots at both points split the growth into compiled code and data.
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
    const samples = [];
    const kinds = [];
    for (let cycle = 1; cycle <= cycles; cycle++) {
      if (Date.now() > deadline) throw new Error(`soak: out of time after ${cycle - 1} cycles`);
      await signIn(page, user);
      const due = Math.round((navigations * cycle) / cycles);
      for (; visited < due; visited++) await navigate(page, PAGES[visited % PAGES.length]);
      await signOut(page);
      if (cycle < warmupCycles) continue;
      samples.push(await measure(cdp, page, cycle));
      if (cycle === warmupCycles || cycle === cycles) kinds.push(await heapByKind(cdp));
    }
    const [warm, end] = [samples[0], samples.at(-1)];
    const growth = (from, to) => ((to - from) / from) * 100;
    const half = samples.find((sample) => sample.cycle >= (warmupCycles + cycles) / 2);
    return {
      cycles,
      navigations: visited,
      warmupCycles,
      samples,
      warm,
      end,
      heapGrowthPct: growth(warm.heapBytes, end.heapBytes),
      secondHalfHeapGrowthPct: growth(half.heapBytes, end.heapBytes),
      half: half.cycle,
      heapByKind: { warm: kinds[0], end: kinds[1] },
    };
  } finally {
    await context.close();
  }
}

/**
 * Report rows (see report.mjs): each figure the soak checks, after the warm-up → at the end,
 * against its target. Blink's counters include nodes and listeners something still holds after
 * they left the page. One page held at a time (bounded: the last dashboard's chart, through uPlot
 * and V8's feedback, see the README) moves them between two levels, the high one from any cycle
 * on; a leak raises both the lowest and the highest count of the later cycles above those of the
 * first ten measurements. So a counter fails only when both rose.
 */
export function soakRows(r, t) {
  const mb = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
  const pct = (value) => `${value >= 0 ? '+' : ''}${value.toFixed(1)} %`;
  const check = (ok) => (ok ? 'PASS' : 'FAIL');
  const { warm, end, samples } = r;
  const early = samples.slice(0, 10);
  const late = samples.filter((sample) => sample.cycle >= r.half);
  const lowest = (set, key) => Math.min(...set.map((sample) => sample[key]));
  const highest = (set, key) => Math.max(...set.map((sample) => sample[key]));
  const points = `after ${r.warmupCycles} → after ${r.cycles} cycles`;
  const counter = (key, label) => ({
    metric: `  ${label}`,
    value:
      `${warm[key]} → ${end[key]} (cycles ${early[0].cycle}–${early.at(-1).cycle}: ` +
      `${lowest(early, key)}–${highest(early, key)}, ${r.half}–${r.cycles}: ${lowest(late, key)}–${highest(late, key)})`,
    target: 'low and high not both up',
    status: check(
      lowest(late, key) <= lowest(early, key) || highest(late, key) <= highest(early, key),
    ),
  });
  const series = samples
    .filter((sample) => sample === warm || sample === end || sample.cycle % 10 === 0)
    .map((sample) => `${sample.cycle}: ${(sample.heapBytes / 1e6).toFixed(2)}`);
  const { warm: warmKinds, end: endKinds } = r.heapByKind;
  const codeGrowth = endKinds.codeBytes - warmKinds.codeBytes;
  const dataGrowthPct = ((endKinds.dataBytes - warmKinds.dataBytes) / warmKinds.dataBytes) * 100;
  return [
    {
      metric: `JS heap after GC: ${points} (${r.navigations} navigations)`,
      value: `${mb(warm.heapBytes)} → ${mb(end.heapBytes)} (${pct(r.heapGrowthPct)})`,
      target: `≤ +${t.soakHeapGrowthPctMax} %`,
      status: check(r.heapGrowthPct <= t.soakHeapGrowthPctMax),
    },
    {
      metric: `  JS heap by cycle (MB); growth over cycles ${r.half}–${r.cycles}`,
      value: `${series.join(', ')}; ${pct(r.secondHalfHeapGrowthPct)}`,
    },
    {
      metric: '  JS data (snapshots: heap less compiled code, feedback, maps)',
      value:
        `${mb(warmKinds.dataBytes)} → ${mb(endKinds.dataBytes)} (${pct(dataGrowthPct)}; ` +
        `code and feedback ${codeGrowth >= 0 ? '+' : '−'}${mb(Math.abs(codeGrowth))}, ` +
        `functions ${warmKinds.functions} → ${endKinds.functions})`,
      target: `≤ +${t.soakHeapGrowthPctMax} %`,
      status: check(dataGrowthPct <= t.soakHeapGrowthPctMax),
    },
    {
      metric: '  listeners on the page (window + document tree)',
      value: `${warm.pageListeners} → ${end.pageListeners}`,
      target: 'not growing',
      status: check(end.pageListeners <= warm.pageListeners),
    },
    counter('jsEventListeners', 'listeners alive, detached included (Blink)'),
    counter('nodes', 'DOM nodes alive, detached included (Blink)'),
    {
      metric: '  elements in the document / in the overlay container',
      value: `${warm.elements} → ${end.elements} / ${warm.overlayElements} → ${end.overlayElements}`,
      target: 'not growing / 0',
      status: check(end.elements <= warm.elements && end.overlayElements === 0),
    },
  ];
}
