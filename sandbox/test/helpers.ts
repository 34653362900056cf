import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, beforeEach } from 'node:test';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildServer, type ServerOptions } from '../server.ts';
import { DEMO_PASSWORD } from '../store/seed.data.ts';

/** The vendor page's four headers, exactly. */
export const SEED_HEADERS = {
  'X-Roam-Key': 'APP6-54a59a59ea7-7440-4f8b-ae96-ffba2e801391',
  'X-Roam-ApiVersion': '6.0.0',
  'X-Roam-ClientVersion': '1.0.0',
  'Content-Type': 'application/json',
} as const;

export const AUTH_URL = '/WSAPI/Authentication';

/** What a test control other than GET needs (a JSON body type; the default Host is loopback). */
export const CONTROL_HEADERS = { 'content-type': 'application/json' } as const;
export { DEMO_PASSWORD };

/** A cheap scrypt cost so the suite stays fast; the server default is N=2^15. */
export const TEST_SCRYPT_COST = { N: 1024, r: 8, p: 1 };

/**
 * Every in-process request comes from 127.0.0.1: suites that fail many sign-ins on purpose would
 * hit the per-address failure limit, so it is lifted here (`login-throttle.test.ts` tests it).
 */
export const TEST_LOGIN_THROTTLE = { failuresPerClient: 100_000 };

export async function testServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  return buildServer({
    testControls: true,
    scryptCost: TEST_SCRYPT_COST,
    loginThrottle: TEST_LOGIN_THROTTLE,
    ...options,
  });
}

/**
 * For the calling `describe`: one server for the suite, `testServer(options)`, closed after it
 * (`options` may be a function, read when the server is built). `onServer` receives it once it is
 * built (to keep it, or to add a route). Returns an accessor that fails clearly if called before
 * the server is up.
 */
export function useServer(
  options: ServerOptions | (() => ServerOptions) = {},
  onServer: (app: FastifyInstance) => void = () => undefined,
): () => FastifyInstance {
  let app: FastifyInstance | undefined;
  const server = () => {
    assert.ok(app, 'the suite’s sandbox server is not started');
    return app;
  };
  before(async () => {
    app = await testServer(typeof options === 'function' ? options() : options);
    onServer(app);
  });
  after(() => app?.close());
  return server;
}

/** `useServer()`, reset to the seed before each test. */
export function useSeededServer(
  onServer: (app: FastifyInstance) => void = () => undefined,
): () => FastifyInstance {
  const server = useServer({}, onServer);
  beforeEach(() => resetSandbox(server()));
  return server;
}

/**
 * `useServer()` serving a portal build of the suite's own: `files` (path → content) written to a
 * temporary folder named after `prefix`, removed after the suite. Returns the server's accessor
 * `app` and the folder's, `dir`.
 */
export function useStaticServer(prefix: string, files: Record<string, string>) {
  let dir: string | undefined;
  before(() => {
    const root = mkdtempSync(join(tmpdir(), prefix));
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    dir = root;
  });
  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const folder = () => {
    assert.ok(dir, 'the suite’s static folder is not written');
    return dir;
  };
  return { app: useServer(() => ({ staticDir: folder() })), dir: folder };
}

/** POST /__sandbox/reset: clock, database, faults and counters back to the seed. */
export async function resetSandbox(app: FastifyInstance): Promise<void> {
  const response = await app.inject({
    method: 'POST',
    url: '/__sandbox/reset',
    headers: CONTROL_HEADERS,
  });
  assert.equal(response.statusCode, 200, response.body);
}

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));
}

type Headers = Record<string, string | undefined>;

/** Seed headers, with overrides; an override of `undefined` removes that header. */
export function headers(overrides: Headers = {}): Record<string, string> {
  const merged: Headers = { ...SEED_HEADERS };
  for (const [name, value] of Object.entries(overrides)) {
    const existing = Object.keys(merged).find((key) => key.toLowerCase() === name.toLowerCase());
    if (existing) delete merged[existing];
    if (value !== undefined) merged[name] = value;
  }
  return Object.fromEntries(
    Object.entries(merged).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

export function login(
  app: FastifyInstance,
  userName = 'merchant',
  password = DEMO_PASSWORD,
  overrides: Headers = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: AUTH_URL,
    headers: headers(overrides),
    payload: JSON.stringify({ user_name: userName, password }),
  });
}

export async function loginToken(app: FastifyInstance, userName = 'merchant'): Promise<string> {
  const response = await login(app, userName);
  if (response.statusCode !== 200)
    throw new Error(`login ${userName}: ${response.statusCode} ${response.body}`);
  return (response.json() as { session: { session_token: string } }).session.session_token;
}

/** PUT (refresh) or DELETE (logout) the way the vendor page shows them: token, no key, no body. */
export function withToken(
  app: FastifyInstance,
  method: 'PUT' | 'DELETE' | 'GET',
  token: string,
  url = AUTH_URL,
  overrides: Headers = {},
): Promise<LightMyRequestResponse> {
  const options: InjectOptions = {
    method,
    url,
    headers: headers({ 'X-Roam-Key': undefined, 'X-Roam-Token': token, ...overrides }),
  };
  return app.inject(options);
}

export async function advanceClock(app: FastifyInstance, seconds: number): Promise<void> {
  const response = await app.inject({
    method: 'POST',
    url: '/__sandbox/clock',
    headers: CONTROL_HEADERS,
    payload: { advance_seconds: seconds },
  });
  if (response.statusCode !== 200)
    throw new Error(`clock: ${response.statusCode} ${response.body}`);
}

/** The JSON "type" of every key, recursively; arrays become the set of their element shapes. */
export function shapeOf(value: unknown): unknown {
  if (Array.isArray(value)) {
    const shapes = new Map(value.map((item) => [JSON.stringify(shapeOf(item)), shapeOf(item)]));
    return {
      array: [...shapes.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, shape]) => shape),
    };
  }
  if (value === null) return 'null';
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, item]) => [key, shapeOf(item)]),
    );
  }
  return typeof value;
}

/** `yyyyMMddHHmmss` (UTC) → epoch ms. */
export function parseVendorTimestamp(text: string): number {
  const match = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(text);
  if (!match) throw new Error(`not yyyyMMddHHmmss: ${text}`);
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
}

/** Each of `methods` answers 405 with `Allow: allow`; `send(method)` makes the request. */
export async function assertMethodsNotAllowed<Method extends string>(
  methods: readonly Method[],
  allow: string,
  send: (method: Method) => Promise<LightMyRequestResponse>,
): Promise<void> {
  for (const method of methods) {
    const response = await send(method);
    assert.equal(response.statusCode, 405, method);
    assert.equal(response.headers['allow'], allow);
  }
}

export function errorOf(response: LightMyRequestResponse): {
  code: string;
  message: string;
  field?: string;
} {
  return (response.json() as { error: { code: string; message: string; field?: string } }).error;
}

/** The contract's error JSON: `status` and `error.code` (the body is the failure message). */
export function assertError(response: LightMyRequestResponse, status: number, code: string): void {
  assert.equal(response.statusCode, status, response.body);
  assert.equal(errorOf(response).code, code);
}
