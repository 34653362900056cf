/* global AbortSignal */
// Child processes of the bench: the production build, sandbox servers, Lighthouse.
// Every child is tracked so that `stopAll()` (called on success, error and SIGINT) ends it.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const live = new Set();
let stopping = false;

/** Kills a child's whole process group (children are spawned detached, so they lead one). */
function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

function exited(child) {
  return child.exitCode !== null || child.signalCode !== null;
}

export async function stopChild(child, graceMs = 5000) {
  if (exited(child)) return;
  const done = new Promise((resolve) => child.once('exit', resolve));
  killGroup(child, 'SIGTERM');
  const timedOut = await Promise.race([done.then(() => false), sleep(graceMs).then(() => true)]);
  if (timedOut) killGroup(child, 'SIGKILL');
}

/** Ends every child still running; any child started afterwards is killed at once. */
export async function stopAll() {
  stopping = true;
  await Promise.all([...live].map((child) => stopChild(child)));
  live.clear();
}

export function track(child) {
  if (stopping) killGroup(child, 'SIGKILL');
  live.add(child);
  child.once('exit', () => live.delete(child));
  return child;
}

/**
 * Runs a command to completion, killed (whole group) after `timeoutMs`.
 * Resolves { code, ms, output (last 4 kB of stdout+stderr), timedOut }.
 */
export function runBounded(command, args, { cwd, env = process.env, timeoutMs }) {
  const started = Date.now();
  const child = track(
    spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  let output = '';
  const keep = (chunk) => (output = (output + chunk.toString()).slice(-4096));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    killGroup(child, 'SIGKILL');
  }, timeoutMs);
  return new Promise((resolve, reject) => {
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, ms: Date.now() - started, output, timedOut });
    });
  });
}

/** `ng build` (production, the default configuration) into `outDir`; returns its browser folder. */
export async function buildProduction(root, outDir, timeoutMs) {
  const ng = join(root, 'node_modules', '.bin', 'ng');
  const env = { ...process.env, NG_CLI_ANALYTICS: 'false', NG_FORCE_TTY: 'false' };
  const result = await runBounded(ng, ['build', `--output-path=${outDir}`], {
    cwd: root,
    env,
    timeoutMs,
  });
  if (result.timedOut) throw new Error(`ng build timed out after ${timeoutMs / 1000} s`);
  if (result.code !== 0)
    throw new Error(`ng build failed (exit ${result.code}):\n${result.output}`);
  return { browserDir: join(outDir, 'browser'), ms: result.ms };
}

/**
 * Starts `node --import tsx sandbox/main.ts` on 127.0.0.1 and a port the OS picks (PORT=0, read
 * back from its banner), in-memory database; waits until `/config.json` answers 200.
 * Returns { url, pid, stop() }.
 */
export async function startSandbox(root, { staticDir, testControls }) {
  const env = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    SANDBOX_DB: ':memory:',
    SANDBOX_TEST_CONTROLS: testControls ? '1' : '0',
    SANDBOX_STATIC_DIR: staticDir,
    LOG_LEVEL: 'warn',
  };
  const child = track(
    spawn(process.execPath, ['--import', 'tsx', 'sandbox/main.ts'], {
      cwd: root,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  let log = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sandbox did not start:\n${log}`)), 60_000);
    const onData = (chunk) => {
      log = (log + chunk.toString()).slice(-4096);
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => (log = (log + chunk.toString()).slice(-4096)));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sandbox exited (${code}) before listening:\n${log}`));
    });
  });
  await waitForOk(`${url}/config.json`, 30_000);
  return { url, pid: child.pid, stop: () => stopChild(child) };
}

/** Polls a URL until it answers 2xx, at most `timeoutMs`. */
export async function waitForOk(url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`);
}
