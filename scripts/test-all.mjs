#!/usr/bin/env node
// `npm test`: every suite in turn (lint, format, types, Karma unit, sandbox, Playwright e2e), each
// one run even when an earlier one failed, then one closing line `N passed, N failed` summing all.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, '.test-output');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const bin = (name) => join(root, 'node_modules', '.bin', name);
const minutes = (n) => n * 60_000;

function run(label, command, args, { env = {}, timeout }) {
  console.log(`\n━━ ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    timeout,
    killSignal: 'SIGKILL',
    env: { ...process.env, NG_CLI_ANALYTICS: 'false', ...env },
  });
  if (result.error) console.error(`${label}: ${result.error.message}`);
  return result.status === 0;
}

const readJson = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null);

/** A check with no test count of its own (lint, formatting) counts as one test. */
function check(label, command, args, timeout) {
  const ok = run(label, command, args, { timeout });
  return { label, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0 };
}

function karma() {
  const file = join(out, 'karma.json');
  const ok = run('unit (Karma)', bin('ng'), ['test', '--watch=false'], {
    env: { KARMA_SUMMARY_FILE: file },
    timeout: minutes(10),
  });
  const summary = readJson(file);
  if (!summary) return { label: 'unit', passed: 0, failed: 1, skipped: 0 };
  return {
    label: 'unit',
    passed: summary.passed,
    failed: summary.failed + (ok || summary.failed ? 0 : 1),
    skipped: summary.skipped,
    note: `Jasmine seed ${summary.seed} (replay: JASMINE_SEED=${summary.seed} npm run test:unit)`,
    failures: summary.failures.map((f) => `${f.name}\n${f.message}`),
  };
}

function sandbox() {
  const tap = join(out, 'sandbox.tap');
  const dir = join(root, 'sandbox', 'test');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(dir, f));
  const ok = run(
    'sandbox (node:test)',
    process.execPath,
    [
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=tap',
      `--test-reporter-destination=${tap}`,
      ...files,
    ],
    { timeout: minutes(10) },
  );
  const text = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (name) => Number(text.match(new RegExp(`^# ${name} (\\d+)$`, 'm'))?.[1] ?? 0);
  const passed = count('pass');
  const failed = count('fail') + count('cancelled');
  const nothing = passed + failed === 0;
  return {
    label: 'sandbox',
    passed,
    failed: failed + ((!ok && !failed) || nothing ? 1 : 0),
    skipped: count('skipped') + count('todo'),
    failures: [...text.matchAll(/^\s*not ok \d+ - (.*)$/gm)].map((m) => m[1]),
  };
}

function e2e() {
  const file = join(out, 'e2e.json');
  const ok = run('e2e (Playwright)', bin('playwright'), ['test'], {
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: file },
    timeout: minutes(30),
  });
  const report = readJson(file);
  const stats = report?.stats;
  if (!stats) return { label: 'e2e', passed: 0, failed: 1, skipped: 0 };
  const failed = stats.unexpected + stats.flaky;
  return {
    label: 'e2e',
    passed: stats.expected,
    failed: failed + (ok || failed ? 0 : 1),
    skipped: stats.skipped,
    failures: playwrightFailures(report.suites ?? []),
  };
}

/** "file › title (status)" for every test the JSON report marks unexpected or flaky. */
function playwrightFailures(suites) {
  const found = [];
  for (const suite of suites) {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status === 'unexpected' || test.status === 'flaky') {
          found.push(
            `${spec.file}:${spec.line} › ${spec.title} [${test.projectName}] (${test.status})`,
          );
        }
      }
    }
    found.push(...playwrightFailures(suite.suites ?? []));
  }
  return found;
}

/** A suite's result with its wall-clock time, so a slower `npm test` shows which suite grew. */
function timed(suite) {
  const start = performance.now();
  const result = suite();
  return { ...result, seconds: Math.round((performance.now() - start) / 1000) };
}

const results = [
  timed(() => check('lint (ESLint)', bin('eslint'), ['.'], minutes(5))),
  timed(() => check('format (Prettier)', bin('prettier'), ['--check', '.'], minutes(2))),
  // The sandbox runs under tsx and Playwright strips types: neither checks them on its own.
  timed(() =>
    check('types (sandbox, deploy, e2e)', 'npm', ['run', '--silent', 'test:types'], minutes(3)),
  ),
  // The committed OpenAPI document and the portal's types generated from it match the route schemas.
  timed(() =>
    check(
      'contract (OpenAPI, generated types)',
      'npm',
      ['run', '--silent', 'contract:check'],
      minutes(2),
    ),
  ),
  timed(karma),
  timed(sandbox),
  timed(e2e),
];

// The failures again, just above the table, so the end of a long CI log names them.
for (const r of results) {
  if (!r.failures?.length) continue;
  console.log(`\n━━ ${r.label}: what failed`);
  for (const failure of r.failures) console.log(`✗ ${failure.replaceAll('\n', '\n    ')}`);
}

console.log('\n━━ summary');
for (const r of results) {
  console.log(
    `${r.label.padEnd(20)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}  · ${r.seconds} s${r.note ? `  · ${r.note}` : ''}`,
  );
}
const sum = (key) => results.reduce((n, r) => n + r[key], 0);
const skipped = sum('skipped');
console.log(
  `${sum('passed')} passed, ${sum('failed')} failed${skipped ? `, ${skipped} skipped` : ''}`,
);
process.exit(sum('failed') === 0 ? 0 : 1);
