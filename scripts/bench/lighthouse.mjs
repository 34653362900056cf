// Lighthouse 12.2.3 on /login, run with `npx -y` (never a devDependency: it breaks `npm ci`, and
// Lighthouse 13 needs Node 22). Mobile defaults: simulated throttling, as in TOOLCHAIN.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROME, CHROME_FLAGS } from './browser.mjs';
import { runBounded } from './processes.mjs';

export const LIGHTHOUSE = 'lighthouse@12.2.3';

/**
 * Scores are 0–100; LCP and TBT in ms; totalBytes = the transfer size of everything /login loaded
 * (Lighthouse's "total-byte-weight"). Resolves { ok: false, reason } when it could not run.
 */
export async function runLighthouse(url, { tmpDir, timeoutMs }) {
  const output = join(tmpDir, 'lighthouse.json');
  const args = [
    '-y',
    LIGHTHOUSE,
    url,
    '--output=json',
    `--output-path=${output}`,
    `--chrome-flags=--headless=new ${CHROME_FLAGS.join(' ')}`,
    '--only-categories=performance,accessibility,best-practices',
    '--quiet',
  ];
  const env = { ...process.env, CHROME_PATH: CHROME };
  let result;
  try {
    result = await runBounded('npx', args, { cwd: tmpDir, env, timeoutMs });
  } catch (error) {
    return { ok: false, reason: `could not start npx: ${error.message}` };
  }
  if (result.timedOut) return { ok: false, reason: `timed out after ${timeoutMs / 1000} s` };
  let report;
  try {
    report = JSON.parse(readFileSync(output, 'utf8'));
  } catch {
    const tail = result.output.trim().split('\n').slice(-3).join(' | ');
    return { ok: false, reason: `exit ${result.code}, no report: ${tail}` };
  }
  const score = (id) => {
    const value = report.categories?.[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  const numeric = (id) => report.audits?.[id]?.numericValue ?? null;
  return {
    ok: true,
    version: report.lighthouseVersion,
    seconds: result.ms / 1000,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    lcpMs: numeric('largest-contentful-paint'),
    tbtMs: numeric('total-blocking-time'),
    totalBytes: numeric('total-byte-weight'),
    runtimeError: report.runtimeError?.message ?? null,
    failedA11yAudits: Object.values(report.audits ?? {})
      .filter((audit) => audit.score === 0 && isA11y(report, audit.id))
      .map((audit) => audit.id),
  };
}

function isA11y(report, id) {
  return (report.categories?.accessibility?.auditRefs ?? []).some(
    (ref) => ref.id === id && ref.weight > 0,
  );
}
