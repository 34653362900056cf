import type { InjectOptions } from 'fastify';
import { WSAPI_METHODS } from '../http/method-not-allowed.ts';
import { DEMO_PASSWORD, headers, SEED_HEADERS } from './helpers.ts';

/** The seed's PRNG (mulberry32): small, seeded, reproducible (set FUZZ_SEED to replay another run). */
export { prng } from '../store/merchant-seed.ts';

export const SEED = Number(process.env['FUZZ_SEED'] ?? 20260601);
export const TOTAL = 1200;
/** Never used by the fuzzer: the final check logs in with it. */
export const UNTOUCHED_USER = 'admin';

export const METHODS = [...WSAPI_METHODS, 'TRACE', 'PROPFIND'];
export const PATHS = [
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
export const FIELDS = [
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
export const USER_NAMES = [
  'merchant',
  'clerk',
  'newuser',
  'canada',
  'sysadmin',
  'ghost',
  'MERCHANT ',
];
export const UNICODE = [
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
export const CONTENT_TYPES = [
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
export const INJECTIONS = [
  'a\r\nSet-Cookie: evil=1',
  'a\nX-Injected: 1',
  'a\rb',
  '6.0.0\r\n\r\n{"user_name":"merchant"}',
  'a\u0000b',
  '\u00e9\u00ff',
  ' '.repeat(5000),
];

/** encodeURIComponent, except that a lone surrogate becomes its (invalid) UTF-8 bytes. */
export function percentEncode(text: string): string {
  return text
    .split(/([\ud800-\udfff])/)
    .map((part) => (/^[\ud800-\udfff]$/.test(part) ? '%ED%A0%80' : encodeURIComponent(part)))
    .join('');
}

export interface Case {
  category: string;
  options: InjectOptions;
  /** The category may legitimately be refused by inject itself (invalid header characters…). */
  mayThrow?: boolean;
}

/** The seeded building blocks of the fuzzer: picks, strings, JSON values, bodies and headers. */
export function randomTools(random: () => number, tokens: readonly string[]) {
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
  return { pick, int, chars, randomString, randomValue, randomBody, randomHeaders };
}
