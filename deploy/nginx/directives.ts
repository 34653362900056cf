/**
 * The nginx lines generated from the sandbox's own sources, so that nginx and the sandbox send
 * the same headers and error bodies: SECURITY_HEADERS, contentSecurityPolicy(), CACHE_CONTROL,
 * HASHED_ASSET (sandbox/http/security-headers.ts) and the contract's error JSON (errors.ts).
 */
import { errorForStatus } from '../../sandbox/http/errors.ts';
import {
  CACHE_CONTROL,
  SECURITY_HEADERS,
  STRICT_TRANSPORT_SECURITY,
  contentSecurityPolicy,
} from '../../sandbox/http/security-headers.ts';

/** What the CSP of every response depends on in one deployment. */
export interface HeaderInputs {
  /** `sha256-…` of the page's inline scripts (prepareIndex()). */
  scriptHashes: readonly string[];
  /** Extra connect-src origins (a WSAPI on another origin). */
  connectSrc: readonly string[];
  /** Served over TLS: HSTS is added. */
  tls: boolean;
}

/** The nginx variable whose value becomes the per-response nonce: 32 hex digits, 128 random bits. */
export const NONCE_VARIABLE = '$request_id';

const INDENT = '        ';

function quoted(value: string, allowNonce = false): string {
  const rest = allowNonce ? value.split(NONCE_VARIABLE).join('') : value;
  if (/["\\$\n]/.test(rest)) throw new Error(`cannot put ${JSON.stringify(value)} in nginx quotes`);
  return `"${value}"`;
}

/** `add_header … always` lines (errors carry them too, as in the sandbox). */
function securityHeaderLines(inputs: HeaderInputs, nonce: boolean): string {
  const headers: Record<string, string> = {
    ...SECURITY_HEADERS,
    'content-security-policy': contentSecurityPolicy({
      nonce: nonce ? NONCE_VARIABLE : undefined,
      scriptHashes: nonce ? inputs.scriptHashes : [],
      connectSrc: inputs.connectSrc,
    }),
  };
  if (inputs.tls) headers['strict-transport-security'] = STRICT_TRANSPORT_SECURITY;
  return Object.entries(headers)
    .map(([name, value]) => `add_header ${name} ${quoted(value, nonce)} always;\n`)
    .join('');
}

/** The generated include files: the security headers of the page, and of every other answer. */
export function headerIncludes(inputs: HeaderInputs): Record<string, string> {
  return {
    'page-security-headers.conf': securityHeaderLines(inputs, true),
    'security-headers.conf': securityHeaderLines(inputs, false),
  };
}

/**
 * The template's computed values from the sandbox's sources. Cache-Control goes without `always`
 * on files (a 404 must never be cached as immutable), with it on API answers (always no-store).
 */
export function headerDirectives(confDir: string): Record<string, string> {
  const proxied = [...Object.keys(SECURITY_HEADERS), 'cache-control'];
  return {
    CACHE_CONTROL_PAGE: quoted(CACHE_CONTROL.page),
    CACHE_CONTROL_HASHED_ASSET: quoted(CACHE_CONTROL.hashedAsset),
    CACHE_CONTROL_OTHER_FILE: quoted(CACHE_CONTROL.otherFile),
    CACHE_CONTROL_API: quoted(CACHE_CONTROL.api),
    // The upstream's own copies are replaced by ours: one value each, as the sandbox sends.
    PROXY_HIDE_HEADERS: proxied.map((name) => `${INDENT}proxy_hide_header ${name};`).join('\n'),
    WSAPI_ERRORS: wsapiErrorLocations(confDir),
  };
}

/** nginx's own failures on the WSAPI path answer with the contract's error JSON. */
function wsapiErrorLocations(confDir: string): string {
  const names: Record<number, string> = {
    413: 'payload_too_large',
    502: 'bad_gateway',
    503: 'unavailable',
    504: 'gateway_timeout',
  };
  return Object.entries(names)
    .map(([status, name]) => {
      const error = errorForStatus(Number(status));
      const body = JSON.stringify(error.body());
      if (/['\\$]/.test(body)) throw new Error(`cannot put ${body} in nginx quotes`);
      const extra = Object.entries(error.headers).map(
        ([header, value]) => `${INDENT}add_header ${header} ${quoted(value)} always;`,
      );
      return [
        `    location @wsapi_${name} {`,
        `${INDENT}default_type "application/json; charset=utf-8";`,
        `${INDENT}include ${confDir}/security-headers.conf;`,
        `${INDENT}add_header cache-control ${quoted(CACHE_CONTROL.api)} always;`,
        ...extra,
        `${INDENT}return ${status} '${body}';`,
        '    }',
      ].join('\n');
    })
    .join('\n');
}
