// Turns the results into table rows { section, metric, value, target, status } and prints them.
// status: PASS / FAIL where a target exists, '' where the number is information only, or a reason.
import { nginxRows } from './nginx.mjs';
import { soakRows } from './soak.mjs';

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const x = (ratio) => `${ratio.toFixed(2)}×`;
const check = (ok) => (ok ? 'PASS' : 'FAIL');

function bytesRows(bytes, t) {
  const limit = bytes.baseline.brotliKb * t.loginBrotliRatioMax;
  const target = `br ≤ ${limit.toFixed(1)} kB (${t.loginBrotliRatioMax}× baseline)`;
  const sets = [['initial JS+CSS (index.html + static imports)', bytes.initial]];
  if (bytes.login) sets.push(['JS+CSS the browser fetches for /login', bytes.login]);
  const rows = [
    {
      metric: 'baseline (bare ng new, brotli / raw)',
      value: `${bytes.baseline.brotliKb} kB / ${bytes.baseline.rawKb} kB`,
      target: '',
      status: '',
    },
  ];
  for (const [name, set] of sets) {
    rows.push({
      metric: `${name}: raw / gzip / br`,
      value: `${kb(set.raw)} / ${kb(set.gzip)} / ${kb(set.brotli)} (br ${x(set.ratio.brotli)})`,
      target,
      status: check(set.brotli / 1000 <= limit),
    });
  }
  if (bytes.login?.beyondInitial.length)
    rows.push({ metric: '  /login adds', value: bytes.login.beyondInitial.join(', ') });
  if (!bytes.login) rows.push({ metric: 'JS+CSS for /login', status: bytes.loginError });
  for (const chunk of bytes.lazyChunks)
    rows.push({
      metric: `lazy ${chunk.name}`,
      value: `${kb(chunk.raw)} raw / ${kb(chunk.brotli)} br`,
      target: `br ≤ ${t.lazyChunkBrotliKbMax} kB`,
      status: check(chunk.brotli / 1000 <= t.lazyChunkBrotliKbMax),
    });
  return rows;
}

/**
 * One refresh shared by N tabs whose WSAPI GET got a 401 at once. PASS needs exactly the target
 * PUTs, every GET answered 401 by the fault, and every tab back on fresh figures, signed in.
 */
function refresh401Rows(r, t) {
  const sandboxSaw =
    r.putsSeenBySandbox === r.puts ? '' : ` (the sandbox saw ${r.putsSeenBySandbox})`;
  const recoveredAll =
    r.unauthorized === r.tabs && r.replays === r.tabs && r.recovered === r.tabs && !r.signedOut;
  const signedOut = r.signedOut ? `, ${r.signedOut} signed out` : '';
  return [
    {
      metric: `PUTs for ${r.tabs} concurrent 401s`,
      value: `${r.puts}${sandboxSaw}`,
      target: `= ${t.refreshPutsFor10x401}`,
      status: check(r.puts === t.refreshPutsFor10x401 && recoveredAll),
    },
    {
      metric: '  401s served / replays / tabs showing fresh figures',
      value: `${r.unauthorized} / ${r.replays} / ${r.recovered}${signedOut}`,
      target: `${r.tabs} / ${r.tabs} / ${r.tabs}`,
      status: check(recoveredAll),
    },
    {
      metric: '  401s reached the tabs within / first PUT ended at',
      value: `${r.unauthorizedSpreadMs} ms / ${r.firstRefreshEndedAtMs ?? '–'} ms after the clicks`,
    },
  ];
}

function requestRows({ signIn, refresh401 }, t) {
  const rows = [];
  if (signIn) {
    rows.push(
      {
        metric: 'sign-in → dashboard: WSAPI requests',
        value: String(signIn.wsapi),
        target: `= ${t.signInRequests} (the POST)`,
        status: check(signIn.wsapi === t.signInRequests),
      },
      {
        metric: 'sign-in → dashboard: all requests (cold tab)',
        value: `${signIn.total} (${signIn.lazyJs} lazy JS, ${signIn.other} other)`,
        target: `= ${t.signInRequests}`,
        status: check(signIn.total === t.signInRequests),
      },
    );
  }
  if (refresh401?.error)
    rows.push({
      metric: `PUTs for ${refresh401.tabs} concurrent 401s`,
      value: 'ERROR',
      status: refresh401.error,
    });
  else if (refresh401) rows.push(...refresh401Rows(refresh401, t));
  return rows;
}

function timingRows({ click, load }, t) {
  const rows = [];
  if (click)
    rows.push(
      {
        metric: `click → dashboard painted / raw fetch (median of ${click.runs})`,
        value: `${x(click.ratio)} (${ms(click.click.medianMs)} / ${ms(click.fetch.medianMs)})`,
        target: `≤ ${t.clickToDashboardRatioMax}×`,
        status: check(click.ratio <= t.clickToDashboardRatioMax),
      },
      { metric: '  first click (lazy chunks not cached)', value: ms(click.coldFirstMs) },
    );
  if (load)
    rows.push({
      metric: `cold /login → Sign in enabled / static page (median of ${load.runs})`,
      value: `${x(load.ratio)} (${ms(load.login.medianMs)} / ${ms(load.staticPage.medianMs)})`,
      target: '',
      status: '',
    });
  return rows;
}

function lighthouseRows(lh, t) {
  if (!lh.ok) return [{ metric: 'Lighthouse', value: 'not run', status: lh.reason }];
  return [
    {
      metric: 'performance score',
      value: String(lh.performance),
      target: `≥ ${t.lighthousePerformanceMin}`,
      status: check(lh.performance >= t.lighthousePerformanceMin),
    },
    {
      metric: 'accessibility score',
      value: String(lh.accessibility),
      target: `= ${t.lighthouseAccessibility}`,
      status: check(lh.accessibility === t.lighthouseAccessibility),
    },
    { metric: 'best-practices score', value: String(lh.bestPractices) },
    { metric: 'LCP / TBT', value: `${ms(lh.lcpMs)} / ${ms(lh.tbtMs)}` },
    { metric: 'total bytes (transferred)', value: kb(lh.totalBytes) },
  ];
}

function throughputRows({ refresh, login, scrypt }, t) {
  const rows = [];
  if (refresh)
    rows.push({
      metric: `refresh PUT (${refresh.connections} conns, ${refresh.seconds} s): req/s, p99`,
      value: `${refresh.requestsPerSecond.toFixed(0)} req/s, p99 ${refresh.p99Ms} ms`,
      target: `≥ ${t.refreshRpsMin} req/s, 0 errors`,
      status: check(refresh.requestsPerSecond >= t.refreshRpsMin && refresh.errors === 0),
    });
  if (login)
    rows.push({
      metric: `login POST (${login.connections} conns, ${login.seconds} s): req/s, p99`,
      value: `${login.requestsPerSecond.toFixed(1)} req/s, p99 ${login.p99Ms} ms`,
      target: scrypt ? `≤ ceiling ${scrypt.ceilingPerSecond.toFixed(1)} req/s` : '',
      status: '',
    });
  if (refresh && login)
    rows.push({
      metric: 'errors (non-2xx + socket + timeouts)',
      value: `refresh ${refresh.errors}, login ${login.errors}`,
      target: `= ${t.throughputErrors}`,
      status: check(refresh.errors + login.errors === t.throughputErrors),
    });
  if (scrypt)
    rows.push({
      metric: 'password hash cost',
      value:
        `scrypt N=2^${Math.log2(scrypt.N)} r=${scrypt.r} p=${scrypt.p} (${scrypt.memoryMiB} MiB), ` +
        `${ms(scrypt.msPerHash)}/hash → ceiling ${scrypt.ceilingPerSecond.toFixed(1)} logins/s ` +
        `(${scrypt.parallel} parallel)`,
    });
  return rows;
}

const SECTIONS = [
  ['Bytes', 'bytes', bytesRows],
  ['Requests', 'requests', requestRows],
  ['Time ratios', 'timing', timingRows],
  ['Soak (one tab)', 'soak', soakRows],
  ['Lighthouse /login', 'lighthouse', lighthouseRows],
  ['Through nginx (deploy/nginx) /login', 'nginx', nginxRows],
  ['Sandbox throughput', 'throughput', throughputRows],
];

/** All rows; a part that threw shows one ERROR row. */
export function buildRows(results, targets) {
  return SECTIONS.flatMap(([section, key, toRows]) => {
    const part = results[key];
    const rows = part?.error
      ? [{ metric: 'ERROR', value: '', status: part.error }]
      : part
        ? toRows(part, targets)
        : [{ metric: 'skipped', value: '', status: 'not run' }];
    return rows.map((row) => ({ section, target: '', status: '', value: '', ...row }));
  });
}

/** Fixed-width text table, one block per section. */
export function formatTable(rows, header) {
  // Column widths fit the rows up to a cap; a longer cell (a file list, a reason) just overflows.
  const caps = { metric: 62, value: 48, target: 30 };
  const widths = Object.entries(caps).map(([key, cap]) =>
    Math.max(key.length, ...rows.map((row) => row[key].length).filter((length) => length <= cap)),
  );
  const line = (cells) =>
    cells
      .map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell))
      .join('  ')
      .trimEnd();
  const out = [header, ''];
  let section;
  for (const row of rows) {
    if (row.section !== section) {
      section = row.section;
      out.push(`== ${section} ==`, line(['metric', 'value', 'target', 'result']));
    }
    out.push(line([row.metric, row.value, row.target, row.status]));
  }
  return out.join('\n');
}
