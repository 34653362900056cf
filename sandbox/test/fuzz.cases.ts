import type { InjectOptions } from 'fastify';
import { BODY_LIMIT_BYTES } from '../http/json-body.ts';
import { AUTH_URL, DEMO_PASSWORD, headers, SEED_HEADERS } from './helpers.ts';
import {
  type Case,
  CONTENT_TYPES,
  FIELDS,
  INJECTIONS,
  METHODS,
  PATHS,
  percentEncode,
  randomTools,
  TOTAL,
  UNICODE,
  UNTOUCHED_USER,
} from './fuzz.helpers.ts';

/**
 * The fuzzer's requests: targeted malformed ones per category, then random ones up to TOTAL.
 * The same `random` (seed) and tokens give the same cases.
 */
export function fuzzCases(random: () => number, tokens: readonly string[]): Case[] {
  const { pick, int, chars, randomString, randomValue, randomBody, randomHeaders } = randomTools(
    random,
    tokens,
  );
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
