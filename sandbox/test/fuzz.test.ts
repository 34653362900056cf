import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { BODY_LIMIT_BYTES } from '../http/json-body.ts';
import {
  AUTH_URL,
  DEMO_PASSWORD,
  fixture,
  headers,
  login,
  loginToken,
  SEED_HEADERS,
  shapeOf,
  testServer,
  withToken,
} from './helpers.ts';

/** mulberry32: small, seeded, reproducible (set FUZZ_SEED to replay another run). */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SEED = Number(process.env['FUZZ_SEED'] ?? 20260601);
const TOTAL = 1200;
/** Never used by the fuzzer: the final check logs in with it. */
const UNTOUCHED_USER = 'admin';

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND'];
const PATHS = [
  '/WSAPI/Authentication',
  '/WSAPI/Users/Terms',
  '/WSAPI/Users/Password',
  '/WSAPI/Users/Email',
  '/WSAPI/Users/SecurityQuestions',
  '/WSAPI/Merchants/Current',
  '/WSAPI/Users',
  '/WSAPI/Transactions/42',
  '/WSAPI',
  '/__sandbox/reset',
  '/__sandbox/faults',
];
const FIELDS = [
  'user_name',
  'password',
  'current_password',
  'new_password',
  'primary_email',
  'accepted_version',
  'security_questions',
  'id',
  'answer',
  '__proto__',
  'constructor',
  'prototype',
  '',
];
const USER_NAMES = ['merchant', 'clerk', 'newuser', 'canada', 'sysadmin', 'ghost', 'MERCHANT '];
const UNICODE = [
  '\ud800',
  '\udfff',
  '\udc00\ud800',
  '\u0000',
  'a\u0000b',
  '\u202emerchant',
  '\u200f\u200e',
  '\ufeff',
  '\u{1f600}\u{1f4b3}',
  'e\u0301\u0301\u0301',
  '\u{10ffff}',
  '\uffff',
  'İı',
  'ß',
  '\u2028\u2029',
  '𝕞𝕖𝕣𝕔𝕙𝕒𝕟𝕥',
  '<img src=x onerror=alert(1)>',
  "' OR '1'='1",
  '%00',
  '../../etc/passwd',
];
const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/json, text/plain',
  'application/jsonx',
  'application/json-patch+json',
  'application/vnd.api+json',
  'APPLICATION/JSON',
  'application/json;charset="utf-8"',
  '*/*',
  ';',
  'json',
];
const INJECTIONS = [
  'a\r\nSet-Cookie: evil=1',
  'a\nX-Injected: 1',
  'a\rb',
  '6.0.0\r\n\r\n{"user_name":"merchant"}',
  'a\u0000b',
  '\u00e9\u00ff',
  ' '.repeat(5000),
];

/** encodeURIComponent, except that a lone surrogate becomes its (invalid) UTF-8 bytes. */
function percentEncode(text: string): string {
  return text
    .split(/([\ud800-\udfff])/)
    .map((part) => (/^[\ud800-\udfff]$/.test(part) ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');
}

interface Case {
  category: string;
  options: InjectOptions;
  /** The category may legitimately be refused by inject itself (invalid header characters…). */
  mayThrow?: boolean;
}

describe('fuzz: 1,200 malformed requests (seeded)', () => {
  let app: FastifyInstance;
  let tokens: string[] = [];
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  let thrown = 0;

  before(async () => {
    app = await testServer({ testControls: false });
    tokens = [await loginToken(app, 'merchant'), await loginToken(app, 'newuser')];
  });
  after(() => app.close());

  function generate(random: () => number): Case[] {
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const int = (max: number) => Math.floor(random() * max);
    const chars = (length: number, alphabet = 'abcXYZ019_-.~!$&()*+,;=:@/?#[]%\'"\\ <>{}') =>
      Array.from({ length }, () => alphabet[int(alphabet.length)]).join('');
    const randomString = (): string => {
      switch (int(6)) {
        case 0:
          return pick(UNICODE);
        case 1:
          return pick(UNICODE) + pick(USER_NAMES) + pick(UNICODE);
        case 2:
          return chars(int(300));
        case 3:
          return String.fromCharCode(...Array.from({ length: 1 + int(40) }, () => int(0x10000)));
        case 4:
          return pick(USER_NAMES);
        default:
          return DEMO_PASSWORD;
      }
    };
    const randomValue = (depth = 0): unknown => {
      switch (int(depth > 2 ? 6 : 9)) {
        case 0:
          return randomString();
        case 1:
          return random() * 1e6 - 5e5;
        case 2:
          return pick([null, true, false, 0, -0, 1e308, -1, 2 ** 53 + 1]);
        case 3:
          return '';
        case 4:
          return randomString();
        case 5:
          return int(100);
        case 6:
          return Array.from({ length: int(4) }, () => randomValue(depth + 1));
        default:
          return Object.fromEntries(
            Array.from({ length: int(4) }, () => [pick(FIELDS), randomValue(depth + 1)]),
          );
      }
    };
    const randomBody = (): unknown =>
      Object.fromEntries(Array.from({ length: int(4) }, () => [pick(FIELDS), randomValue()]));
    const token = () => (random() < 0.5 ? pick(tokens) : pick(['', 'MCM6-', chars(40)]));
    const randomHeaders = (): Record<string, string> => {
      const overrides: Record<string, string | undefined> = {};
      for (const name of [...Object.keys(SEED_HEADERS), 'X-Roam-Token']) {
        const roll = random();
        if (roll < 0.08) overrides[name] = undefined;
        else if (roll < 0.14) overrides[name] = randomString().replace(/[^\t\x20-\x7e]/g, '?');
      }
      if (random() < 0.6 && overrides['X-Roam-Token'] === undefined)
        overrides['X-Roam-Token'] = token();
      return headers(overrides);
    };
    const login = (body: unknown, extra: Record<string, string | undefined> = {}): Case => ({
      category: 'login body',
      options: {
        method: 'POST',
        url: AUTH_URL,
        headers: headers(extra),
        payload: typeof body === 'string' ? body : JSON.stringify(body),
      },
    });
    const cases: Case[] = [];

    // Wrong types and missing fields, for each login field and each Users body field.
    const oddValues: unknown[] = [null, 1, -1.5, true, [], {}, ['merchant'], { a: 1 }, '', ' '];
    for (const value of oddValues) {
      cases.push(login({ user_name: value, password: DEMO_PASSWORD }));
      cases.push(login({ user_name: 'ghost', password: value }));
      for (const url of [
        '/WSAPI/Users/Password',
        '/WSAPI/Users/Email',
        '/WSAPI/Users/Terms',
        '/WSAPI/Users/SecurityQuestions',
      ]) {
        cases.push({
          category: 'users body',
          options: {
            method: 'PUT',
            url,
            headers: headers({ 'X-Roam-Token': pick(tokens) }),
            payload: JSON.stringify(
              Object.fromEntries(FIELDS.slice(2, 7).map((field) => [field, value])),
            ),
          },
        });
      }
    }
    for (const body of [{}, { user_name: 'ghost' }, { password: 'x' }, [], 'null', '1', '"x"']) {
      cases.push(login(body));
    }
    for (const key of ['__proto__', 'constructor', 'prototype', '\\u005f_proto__']) {
      cases.push(login(`{"user_name":"ghost","password":"x","${key}":{"isAdmin":true}}`));
    }

    // Huge fields and bodies: just under and just over the body limit.
    for (const size of [BODY_LIMIT_BYTES - 1, BODY_LIMIT_BYTES, BODY_LIMIT_BYTES + 1]) {
      const filler = 'x'.repeat(size - JSON.stringify({ user_name: '', password: 'p' }).length);
      cases.push(login({ user_name: filler, password: 'p' }));
      cases.push(login({ user_name: 'ghost', password: filler.slice(1) + 'p' }));
    }
    cases.push(login({ user_name: 'x'.repeat(129), password: 'p' }));
    cases.push(login({ user_name: 'ghost', password: 'p'.repeat(257) }));
    cases.push(login('x'.repeat(10 * BODY_LIMIT_BYTES)));
    cases.push(login('['.repeat(8000) + ']'.repeat(8000)));
    cases.push(
      login(`{"user_name":"ghost","password":"x","a":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}`),
    );
    cases.push(login({ user_name: 'ghost', password: 'x' }, { 'Content-Length': '5' }));
    cases.push(login({ user_name: 'ghost', password: 'x' }, { 'Content-Length': '999999' }));
    cases.push(login({ user_name: 'ghost', password: 'x' }, { 'Content-Length': '-1' }));

    // Invalid JSON.
    for (const text of [
      '{',
      '{"user_name":"ghost","password":"x",}',
      "{'user_name':'ghost'}",
      '{"user_name":NaN}',
      '{"user_name":"ghost" /* c */}',
      '\ufeff{"user_name":"ghost","password":"x"}',
      '{"user_name":"\\x41"}',
      '{"user_name":"\\ud800","password":"\\u0000"}',
      'undefined',
      '{"a":1}{"b":2}',
      '\u0000',
      ']',
    ]) {
      cases.push(login(text));
    }
    cases.push({
      category: 'invalid utf-8',
      options: {
        method: 'POST',
        url: AUTH_URL,
        headers: headers(),
        payload: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0xc0, 0xaf, 0x22, 0x3a, 0x31, 0x7d]),
      },
    });

    // Wrong content types, with and without a body, on every method that has one.
    for (const type of CONTENT_TYPES) {
      for (const method of ['POST', 'PUT', 'DELETE'] as const) {
        cases.push({
          category: 'content type',
          options: {
            method,
            url: AUTH_URL,
            headers: headers({ 'Content-Type': type, 'X-Roam-Token': pick(tokens) }),
            payload: method === 'POST' ? 'user_name=merchant&password=x' : '',
          },
        });
      }
    }

    // Header injection: CR/LF, NUL and odd bytes in each header.
    for (const value of INJECTIONS) {
      for (const name of [...Object.keys(SEED_HEADERS), 'X-Roam-Token']) {
        cases.push({
          category: 'header injection',
          mayThrow: true,
          options: {
            method: 'POST',
            url: AUTH_URL,
            headers: headers({ [name]: value }),
            payload: JSON.stringify({ user_name: 'ghost', password: 'x' }),
          },
        });
      }
    }

    // Unicode edge cases in user names and passwords.
    for (const text of UNICODE) {
      cases.push(login({ user_name: text, password: text }));
      cases.push(login({ user_name: `${text}merchant${text}`, password: DEMO_PASSWORD }));
    }

    // Very long URLs and odd paths.
    for (const url of [
      '/WSAPI/' + 'a'.repeat(10_000),
      '/WSAPI/Authentication?' + 'q='.repeat(5_000),
      '/WSAPI/Authentication/' + '%41'.repeat(3_000),
      '/WSAPI/' + '/'.repeat(2_000) + 'Authentication',
      '/WSAPI/Users/' + '\u{1f600}'.repeat(1_000),
      '/WSAPI/%',
      '/WSAPI/%zz',
      '/WSAPI/%00',
      '/WSAPI/%c0%af',
      '/WSAPI/..%2f..%2fetc%2fpasswd',
      '/wsapi/AUTHENTICATION/',
      '/WSAPI/Authentication#frag',
      '/WSAPI/Authentication;x=1',
      '/WSAPI/a b',
      '/__sandbox/' + 'x'.repeat(10_000),
    ]) {
      for (const method of ['GET', 'POST'] as const) {
        cases.push({
          category: 'long or odd URL',
          options: {
            method,
            url,
            headers: headers({ 'X-Roam-Token': pick(tokens) }),
            payload: '{}',
          },
        });
      }
    }

    // Random methods, paths, headers and bodies until TOTAL.
    while (cases.length < TOTAL) {
      let url = pick(PATHS);
      if (random() < 0.2) url = url.toLowerCase();
      if (random() < 0.2) url += '/';
      if (random() < 0.15) url += '/' + percentEncode(randomString());
      if (random() < 0.15) url += '?' + chars(int(200));
      const method = pick(METHODS) as InjectOptions['method'];
      const roll = random();
      const payload =
        roll < 0.5
          ? JSON.stringify(randomBody())
          : roll < 0.7
            ? JSON.stringify(randomValue())
            : roll < 0.85
              ? chars(int(500))
              : '';
      cases.push({
        category: 'random',
        options: { method, url, headers: randomHeaders(), payload },
      });
    }
    // Keep the untouched user out of every body.
    return cases.filter(
      (testCase) => !String(testCase.options.payload ?? '').includes(`"${UNTOUCHED_USER}"`),
    );
  }

  function check(testCase: Case, response: LightMyRequestResponse): void {
    const what = `${testCase.category}: ${testCase.options.method} ${String(testCase.options.url).slice(0, 80)} → ${response.statusCode}`;
    statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
    if (response.statusCode >= 500 || response.statusCode < 200) {
      failures.push(`${what} ${response.body.slice(0, 200)}`);
      return;
    }
    if (response.headers['x-content-type-options'] !== 'nosniff') failures.push(`${what}: headers`);
    if (
      /^\/wsapi/i.test(String(testCase.options.url)) &&
      response.headers['cache-control'] !== 'no-store'
    )
      failures.push(`${what}: cache-control ${String(response.headers['cache-control'])}`);
    if (response.statusCode < 300 || testCase.options.method === 'HEAD') return;
    try {
      assert.match(String(response.headers['content-type']), /^application\/json; charset=utf-8$/);
      const body = JSON.parse(response.body) as { error: Record<string, unknown> };
      assert.deepEqual(Object.keys(body), ['error']);
      const keys = Object.keys(body.error);
      assert.deepEqual(keys.slice(0, 2), ['code', 'message']);
      assert.ok(keys.length === 2 || (keys.length === 3 && keys[2] === 'field'), keys.join());
      assert.match(String(body.error['code']), /^[a-z_]+$/);
      assert.equal(typeof body.error['message'], 'string');
      if (keys.length === 3) assert.equal(typeof body.error['field'], 'string');
    } catch (error) {
      failures.push(
        `${what}: ${(error as Error).message.split('\n')[0]} ${response.body.slice(0, 200)}`,
      );
    }
  }

  it('never answers 5xx; every failure is exactly the contract error JSON', async () => {
    const random = prng(SEED);
    const cases = generate(random);
    assert.ok(cases.length >= 1000, `${cases.length} cases`);
    let sent = 0;
    for (const [index, testCase] of cases.entries()) {
      // Fresh tokens now and then, so that later cases still reach the session routes.
      if (index % 200 === 199)
        tokens = [await loginToken(app, 'merchant').catch(() => 'MCM6-x'), tokens[1]!];
      let response: LightMyRequestResponse;
      try {
        response = await app.inject(testCase.options);
      } catch (error) {
        if (!testCase.mayThrow) throw error;
        thrown += 1; // refused by inject before sending: nothing reached the server
        continue;
      }
      sent += 1;
      check(testCase, response);
    }
    if (process.env['FUZZ_STATS']) console.log(cases.length, sent, thrown, [...statuses].sort());
    assert.deepEqual(failures, []);
    assert.ok(sent >= 1000, `${sent} requests reached the server (${thrown} refused by inject)`);
    // The fuzzer got past each layer: headers, media type, size, body, session, routing.
    for (const status of [400, 401, 404, 405, 413, 415]) {
      assert.ok(statuses.has(status), `some ${status}: ${JSON.stringify([...statuses])}`);
    }
  });

  it('still answers a valid login, refresh and logout correctly afterwards', async () => {
    const response = await login(app, UNTOUCHED_USER);
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json() as { session: { session_token: string } };
    assert.deepEqual(shapeOf(body), shapeOf(fixture('login-response.json')));
    const token = body.session.session_token;
    assert.equal((await withToken(app, 'PUT', token)).statusCode, 200);
    assert.equal((await withToken(app, 'DELETE', token)).statusCode, 200);
    assert.equal((await withToken(app, 'PUT', token)).statusCode, 401);
  });
});
