// Sandbox throughput on loopback with autocannon, against an instance WITHOUT test controls (the
// real request path: no fault-injection or request-log hooks). Bounded: fixed seconds per run.
import { cpus } from 'node:os';
import { scryptSync, randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';
import { tsImport } from 'tsx/esm/api';

/** Logs in once with Node's fetch; returns the session token. */
async function loginToken(url, headers, { userName, password }) {
  const response = await fetch(`${url}/WSAPI/Authentication`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ user_name: userName, password }),
  });
  if (response.status !== 200) throw new Error(`login for a token answered ${response.status}`);
  return (await response.json()).session.session_token;
}

/**
 * One autocannon run. requestsPerSecond = mean of the per-second samples; p99Ms = 99th percentile
 * latency; errors = non-2xx answers + socket errors + timeouts (goal: 0).
 */
async function load(options, seconds, connections) {
  const result = await autocannon({ ...options, duration: seconds, connections, timeout: 10 });
  return {
    seconds,
    connections,
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    socketErrors: result.errors,
    timeouts: result.timeouts,
    errors: result.non2xx + result.errors + result.timeouts,
  };
}

/**
 * The scrypt cost the sandbox hashes with (DEFAULT_SCRYPT_COST, imported from its source) and the
 * measured time of one hash here. ceilingPerSecond = parallel hashes / seconds per hash, where
 * parallel = min(cores, libuv threadpool size): the most logins per second this machine can verify.
 */
export async function scryptCost(root) {
  const module = await tsImport(`${root}/sandbox/auth/passwords.ts`, import.meta.url);
  const { N, r, p } = module.DEFAULT_SCRYPT_COST;
  const maxmem = 256 * N * r + 1024 * 1024;
  const times = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    scryptSync('Sandbox!2026', randomBytes(16), 32, { N, r, p, maxmem });
    times.push(performance.now() - started);
  }
  const msPerHash = [...times].sort((a, b) => a - b)[2];
  const cores = cpus().length;
  const parallel = Math.min(cores, Number(process.env.UV_THREADPOOL_SIZE) || 4);
  return {
    N,
    r,
    p,
    memoryMiB: (128 * N * r) / 2 ** 20,
    msPerHash,
    cores,
    parallel,
    ceilingPerSecond: (parallel * 1000) / msPerHash,
  };
}

/** Refresh (PUT, one valid token) and login (POST, one user; success resets lockout). */
export async function measureThroughput(
  url,
  { headers, user, seconds, warmupSeconds, connections },
) {
  const endpoint = `${url}/WSAPI/Authentication`;
  const token = await loginToken(url, headers, user);
  const refresh = { url: endpoint, method: 'PUT', headers: { ...headers, 'X-Roam-Token': token } };
  if (warmupSeconds > 0) await load(refresh, warmupSeconds, connections);
  const refreshResult = await load(refresh, seconds, connections);
  const body = JSON.stringify({ user_name: user.userName, password: user.password });
  const loginResult = await load(
    { url: endpoint, method: 'POST', headers, body },
    seconds,
    connections,
  );
  return { refresh: refreshResult, login: loginResult };
}
