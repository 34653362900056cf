/**
 * The values one environment's nginx config is rendered from: a `KEY=value` file
 * (deploy/nginx/values.env documents each), overridden by environment variables of the same name.
 * Every value is checked before it reaches the config: nothing can inject an nginx directive.
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

export interface NginxValues {
  /** `listen` address: a port, or `address:port`. */
  LISTEN: string;
  SERVER_NAME: string;
  /** `/` or a sub-path with both slashes, e.g. `/portal/`. */
  PUBLIC_PATH: string;
  /** The build's browser folder (absolute once resolved). */
  STATIC_ROOT: string;
  /** Where mcm-portal.conf, index.html and config.json are written (absolute once resolved). */
  CONF_DIR: string;
  ACCESS_LOG: string;
  /** `http(s)://host[:port]/path/`: what `${PUBLIC_PATH}WSAPI/` is proxied to. */
  WSAPI_UPSTREAM: string;
  /** config.json's `wsapiBaseUrl`; empty means `${PUBLIC_PATH}WSAPI`, through this nginx. */
  WSAPI_BASE_URL: string;
  APPLICATION_KEY: string;
  API_VERSION: string;
  CLIENT_MAX_BODY_SIZE: string;
  PROXY_CONNECT_TIMEOUT: string;
  PROXY_TIMEOUT: string;
  /** Both set: HTTP/2 over TLS on LISTEN, HSTS, and HTTP_REDIRECT_LISTEN redirects to https. */
  TLS_CERTIFICATE: string;
  TLS_CERTIFICATE_KEY: string;
  /** With TLS: where plain HTTP is answered with a redirect to https; empty for none. */
  HTTP_REDIRECT_LISTEN: string;
  /** CA bundle the upstream's certificate is verified against (https upstreams). */
  UPSTREAM_CA: string;
}

export const VALUE_NAMES = [
  'LISTEN',
  'SERVER_NAME',
  'PUBLIC_PATH',
  'STATIC_ROOT',
  'CONF_DIR',
  'ACCESS_LOG',
  'WSAPI_UPSTREAM',
  'WSAPI_BASE_URL',
  'APPLICATION_KEY',
  'API_VERSION',
  'CLIENT_MAX_BODY_SIZE',
  'PROXY_CONNECT_TIMEOUT',
  'PROXY_TIMEOUT',
  'TLS_CERTIFICATE',
  'TLS_CERTIFICATE_KEY',
  'HTTP_REDIRECT_LISTEN',
  'UPSTREAM_CA',
] as const satisfies readonly (keyof NginxValues)[];

const DEFAULTS: Partial<NginxValues> = {
  SERVER_NAME: '_',
  PUBLIC_PATH: '/',
  WSAPI_BASE_URL: '',
  API_VERSION: '6.0.0',
  CLIENT_MAX_BODY_SIZE: '64k',
  PROXY_CONNECT_TIMEOUT: '5s',
  PROXY_TIMEOUT: '30s',
  TLS_CERTIFICATE: '',
  TLS_CERTIFICATE_KEY: '',
  HTTP_REDIRECT_LISTEN: '',
  UPSTREAM_CA: '/etc/ssl/certs/ca-certificates.crt',
};

/** No whitespace, quotes, `;`, braces, `$`, `#` or backslash: a value stays one nginx token. */
const TOKEN = /^[^\s"';{}$#\\]+$/;
const RULES: Partial<Record<keyof NginxValues, [RegExp, string]>> = {
  LISTEN: [/^(?:[\w.-]+:|\[[0-9a-f:]+\]:)?\d{1,5}$/i, 'a port or address:port'],
  PUBLIC_PATH: [/^\/(?:[\w.~-]+\/)*$/, '"/" or a path like /portal/ (both slashes)'],
  WSAPI_UPSTREAM: [/^https?:\/\/[\w.-]+(?::\d+)?\/(?:[\w.~-]+\/)*$/, 'http(s)://host[:port]/path/'],
  CLIENT_MAX_BODY_SIZE: [/^\d+[km]?$/i, 'a size like 64k'],
  PROXY_CONNECT_TIMEOUT: [/^\d+(?:ms|s|m)?$/, 'a time like 5s'],
  PROXY_TIMEOUT: [/^\d+(?:ms|s|m)?$/, 'a time like 30s'],
  HTTP_REDIRECT_LISTEN: [/^(?:(?:[\w.-]+:)?\d{1,5})?$/, 'empty, a port or address:port'],
};

/** `KEY=value` lines; `#` starts a comment line; a value may be wrapped in quotes. */
export function parseValuesFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (!match) throw new Error(`values line ${index + 1}: expected KEY=value, got "${line}"`);
    values[match[1]!] = match[2]!.trim().replace(/^(["'])(.*)\1$/, '$2');
  }
  return values;
}

/**
 * Values from `file` (if given), then `overrides` (environment variables, command line), checked.
 * Paths are resolved against `baseDir`.
 */
export function loadValues(
  file: string | undefined,
  overrides: Record<string, string | undefined>,
  baseDir = process.cwd(),
): NginxValues {
  const fromFile = file ? parseValuesFile(readFileSync(file, 'utf8')) : {};
  for (const name of Object.keys(fromFile)) {
    if (!(VALUE_NAMES as readonly string[]).includes(name))
      throw new Error(`unknown value ${name} in ${file}`);
  }
  const merged: Record<string, string> = { ...DEFAULTS, ...fromFile };
  for (const name of VALUE_NAMES) {
    const override = overrides[name];
    if (override !== undefined) merged[name] = override;
  }
  const missing = VALUE_NAMES.filter((name) => merged[name] === undefined);
  if (missing.length > 0) throw new Error(`missing values: ${missing.join(', ')}`);
  const values = merged as unknown as NginxValues;
  for (const name of ['STATIC_ROOT', 'CONF_DIR', 'ACCESS_LOG'] as const) {
    if (!isAbsolute(values[name])) values[name] = resolve(baseDir, values[name]);
  }
  for (const name of VALUE_NAMES) checkValue(name, values[name]);
  if (!values.TLS_CERTIFICATE !== !values.TLS_CERTIFICATE_KEY)
    throw new Error('TLS_CERTIFICATE and TLS_CERTIFICATE_KEY go together (both or neither)');
  return values;
}

function checkValue(name: keyof NginxValues, value: string): void {
  const optional = (DEFAULTS[name] ?? 'x') === '';
  if (value === '' && optional) return;
  if (!TOKEN.test(value))
    throw new Error(`${name} must be one word without quotes, ;, {}, $ or #: "${value}"`);
  const rule = RULES[name];
  if (rule && !rule[0].test(value)) throw new Error(`${name} must be ${rule[1]}: "${value}"`);
}
