#!/usr/bin/env node
// `npm run bench`: builds production, serves it from the sandbox, measures bytes, requests, time
// ratios, a sign-in/sign-out soak, Lighthouse and sandbox throughput, prints one table and writes bench-results/*.json.
// `npm run bench -- --only soak` (comma-separated part names) runs only those parts after the build.
// Exit 0 whenever the report was produced (missed targets included); non-zero only if the bench
// itself broke (build, sandbox start, a browser part, or the overall time limit).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { launchBrowser, resetSandbox } from './browser.mjs';
import { measureBytes } from './bytes.mjs';
import { soak } from './soak.mjs';
import { runLighthouse } from './lighthouse.mjs';
import { buildProduction, startSandbox, stopAll } from './processes.mjs';
import { buildRows, formatTable } from './report.mjs';
import { filesLoginNeeds, refreshFor401s, signInRequests } from './requests.mjs';
import { measureNginx } from './nginx.mjs';
import { measureThroughput, scryptCost } from './throughput.mjs';
import { clickToDashboard, coldLoginLoad, writeStaticPage } from './timing.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const config = JSON.parse(readFileSync(new URL('bench.config.json', import.meta.url), 'utf8'));
const { targets, runs: limits, user, roamHeaders: headers } = config;
const PARTS = ['bytes', 'requests', 'timing', 'soak', 'lighthouse', 'nginx', 'throughput'];
const { values: args } = parseArgs({ options: { only: { type: 'string' } } });
const selected = args.only?.split(',') ?? PARTS;
if (selected.some((name) => !PARTS.includes(name))) {
  console.error(`usage: npm run bench [-- --only <${PARTS.join('|')}>[,…]]`);
  process.exit(64);
}
const tmpDir = mkdtempSync(join(tmpdir(), 'mcm-bench-'));
const started = Date.now();
const log = (message) =>
  console.error(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

let browser;
let aborted = false;
let cleaning;
/** Closes the browser, ends every child, removes the temp folder; every caller awaits the same. */
function cleanup() {
  aborted = true;
  cleaning ??= (async () => {
    await browser?.close().catch(() => undefined);
    await stopAll();
    rmSync(tmpDir, { recursive: true, force: true });
  })();
  return cleaning;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (aborted) return;
    log(`${signal}: stopping`);
    cleanup().finally(() => process.exit(130));
  });
}
const watchdog = setTimeout(() => {
  log(`overall limit of ${limits.overallTimeoutSeconds} s reached: stopping`);
  cleanup().finally(() => process.exit(3));
}, limits.overallTimeoutSeconds * 1000);
watchdog.unref();

const results = {};
const partSeconds = {};
/** Runs one part; a failure is recorded as { error } and the bench goes on. */
async function part(name, run) {
  if (aborted || !selected.includes(name)) return;
  const partStarted = Date.now();
  log(`${name}…`);
  try {
    results[name] = await run();
  } catch (error) {
    log(
      `${name} failed: ${aborted ? String(error.message).split('\n')[0] : (error.stack ?? error)}`,
    );
    results[name] = { error: String(error.message ?? error).split('\n')[0] };
  }
  partSeconds[name] = (Date.now() - partStarted) / 1000;
}
const deadline = (seconds) => Date.now() + seconds * 1000;

async function main() {
  log('ng build (production)…');
  const build = await buildProduction(
    root,
    join(tmpDir, 'build'),
    limits.buildTimeoutSeconds * 1000,
  );
  const staticDir = build.browserDir;
  const staticPath = writeStaticPage(staticDir);
  log(`built in ${(build.ms / 1000).toFixed(1)} s; starting the sandbox (test controls on)`);
  const sandbox = await startSandbox(root, { staticDir, testControls: true });
  browser = await launchBrowser();
  const url = sandbox.url;

  await part('bytes', async () => {
    let loginFetched = null;
    let loginError;
    try {
      loginFetched = await filesLoginNeeds(browser, url);
    } catch (error) {
      loginError = `could not load /login: ${error.message.split('\n')[0]}`;
    }
    return { ...measureBytes(staticDir, config.baseline, loginFetched), loginError };
  });
  await part('requests', async () => {
    await resetSandbox(url);
    const signIn = await signInRequests(browser, url, user);
    await resetSandbox(url);
    const refresh401 = await refreshFor401s(browser, url, user, {
      tabs: limits.refresh401Tabs,
    }).catch((error) => ({
      tabs: limits.refresh401Tabs,
      error: String(error.message ?? error).split('\n')[0],
    }));
    await resetSandbox(url); // no fault left armed for the parts after this one
    return { signIn, refresh401 };
  });
  await part('timing', async () => {
    const runs = limits.timingRuns;
    const click = await clickToDashboard(browser, url, {
      user,
      headers,
      runs,
      deadline: deadline(90),
    });
    const load = await coldLoginLoad(browser, url, { staticPath, runs, deadline: deadline(60) });
    return { click, load };
  });
  await part('soak', async () => {
    await resetSandbox(url);
    return soak(browser, url, {
      user,
      ...limits.soak,
      deadline: deadline(limits.soak.timeoutSeconds),
    });
  });
  const chromiumVersion = browser.version();
  await browser.close();
  browser = undefined;

  await part('lighthouse', async () => {
    await resetSandbox(url);
    return runLighthouse(`${url}/login`, {
      tmpDir,
      timeoutMs: limits.lighthouseTimeoutSeconds * 1000,
    });
  });
  await part('nginx', async () => {
    await resetSandbox(url);
    return measureNginx(root, { staticDir, sandboxUrl: url, tmpDir, limits });
  });
  await sandbox.stop();

  await part('throughput', async () => {
    log('starting a second sandbox without test controls');
    const real = await startSandbox(root, { staticDir, testControls: false });
    try {
      const scrypt = await scryptCost(root);
      const load = await measureThroughput(real.url, {
        headers,
        user,
        seconds: limits.autocannonSeconds,
        warmupSeconds: limits.autocannonWarmupSeconds,
        connections: limits.autocannonConnections,
      });
      return { ...load, scrypt };
    } finally {
      await real.stop();
    }
  });

  if (aborted) return 130; // interrupted: the signal handler cleans up and exits
  const when = new Date().toISOString();
  const meta = {
    date: when,
    node: process.version,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    chromium: chromiumVersion,
    buildSeconds: build.ms / 1000,
    partSeconds,
    totalSeconds: (Date.now() - started) / 1000,
  };
  const rows = buildRows(results, targets);
  const header =
    `MCM portal benchmark  ${when}  (node ${meta.node}, ${meta.cpus} cores, Chromium ${meta.chromium}, ` +
    `${meta.totalSeconds.toFixed(0)} s)`;
  console.log(formatTable(rows, header));

  const outDir = join(root, 'bench-results');
  mkdirSync(outDir, { recursive: true });
  const json = JSON.stringify({ meta, config, results, rows }, null, 2) + '\n';
  const file = join(outDir, `${when.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, json);
  // A partial run (--only) keeps the last full run's latest.json.
  const latest = args.only ? `latest-${selected.join('-')}.json` : 'latest.json';
  writeFileSync(join(outDir, latest), json);
  log(`results: ${file} (and bench-results/${latest})`);

  // Lighthouse may be unavailable offline: reported, not a breakage. Any other part failing is.
  const broken = Object.entries(results).filter(([name, r]) => r?.error && name !== 'lighthouse');
  if (results.requests?.refresh401?.error) broken.push(['requests.refresh401']);
  return broken.length > 0 ? 2 : 0;
}

main()
  .then(async (code) => {
    await cleanup();
    process.exit(code);
  })
  .catch(async (error) => {
    log(`bench broke: ${error.stack ?? error}`);
    await cleanup();
    process.exit(1);
  });
