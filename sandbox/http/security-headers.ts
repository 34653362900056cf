import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isTestControlsPath, isWsapiRequest } from './paths.ts';

/**
 * Trusted Types policies the portal may create. `angular` (core's sanitised HTML/script/URL sinks)
 * and `angular#components` (CDK/Material icon and overlay HTML) are created by the current build;
 * `angular#bundler` is Angular's documented name for the CLI bundler's chunk loading (kept so a
 * builder change cannot break lazy routes). Deliberately absent: `angular#unsafe-bypass`
 * (`bypassSecurityTrust*`), `angular#unsafe-jit` (JIT compilation) and `angular#auto-csp`.
 */
export const TRUSTED_TYPES_POLICIES = ['angular', 'angular#bundler', 'angular#components'] as const;

export interface CspSources {
  /** Per-response nonce for `<style>` elements (Angular's `ngCspNonce`/`CSP_NONCE`). */
  nonce?: string;
  /** `sha256-…` (without quotes) of each inline `<script>` of the served page. */
  scriptHashes?: readonly string[];
  /** Extra `connect-src` origins, for a portal whose WSAPI lives on another origin. */
  connectSrc?: readonly string[];
}

/**
 * The Content-Security-Policy. Without sources it is the policy of every response; the portal's
 * index.html adds its nonce and inline-script hashes. Never `unsafe-inline` or `unsafe-eval`.
 * `base-uri 'self'` rather than `'none'`: the portal's index.html has `<base href="/">`, which
 * Angular's router and every relative chunk URL depend on (`'none'` would refuse it).
 */
export function contentSecurityPolicy(sources: CspSources = {}): string {
  const { nonce, scriptHashes = [], connectSrc = [] } = sources;
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    ['script-src', "'self'", ...scriptHashes.map((hash) => `'${hash}'`)],
    ['style-src', "'self'", ...(nonce ? [`'nonce-${nonce}'`] : [])],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    ['connect-src', "'self'", ...connectSrc],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['frame-ancestors', "'none'"],
    ['form-action', "'self'"],
    ['require-trusted-types-for', "'script'"],
    ['trusted-types', ...TRUSTED_TYPES_POLICIES],
  ];
  return directives.map((parts) => parts.join(' ')).join('; ');
}

/**
 * Powerful features nobody on this origin (or framed by it) may use. Only names Chromium
 * recognises (it logs "Unrecognized feature" for others; checked with Chromium 156):
 * `interest-cohort` (FLoC, retired) is still recognised, `browsing-topics` is its successor.
 * Not listed on purpose: `publickey-credentials-*` (passkeys may come), clipboard, fullscreen.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'interest-cohort',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
]
  .map((feature) => `${feature}=()`)
  .join(', ');

/** What a successful logout answers with: the browser drops the origin's HTTP caches (not "storage": see README). */
export const LOGOUT_CLEAR_SITE_DATA = '"cache"';

/**
 * `Cache-Control` of each kind of response; the sandbox and `deploy/nginx` both send these.
 * The page (index.html, also the SPA fallback) carries a per-response CSP nonce, so it is never
 * stored (`no-store`, stricter than `no-cache`: a stored copy would replay its nonce).
 */
export const CACHE_CONTROL = {
  page: 'no-store',
  /** Angular's hashed output names (see HASHED_ASSET): cached for a year, never revalidated. */
  hashedAsset: 'public, max-age=31536000, immutable',
  /** Any other file (config.json, favicon.ico): revalidated on every use. */
  otherFile: 'no-cache',
  /** WSAPI and test-control answers. */
  api: 'no-store',
} as const;

/** Angular's hashed output names (`main-ABCDEFGH.js`, `media/font-ABCDEFGH.woff2`); also a PCRE. */
export const HASHED_ASSET = /-[A-Z0-9]{8}\.[a-z0-9]+$/;

/**
 * A file the build (or a browser) asks for by name, never a route: a miss is a 404 even for a
 * request that accepts HTML, so a missing script never gets the page. Also a PCRE (deploy/nginx).
 */
export const ASSET_FILE =
  /\.(?:js|mjs|css|map|json|woff2?|ttf|png|jpe?g|gif|svg|webp|ico|txt|webmanifest)$/i;

/** HSTS: sent only by a deployment that serves TLS (deploy/nginx with a certificate), never over HTTP. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=63072000; includeSubDomains';

/** Headers on every response (also written by hand for malformed HTTP, see error-handler.ts). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': contentSecurityPolicy(),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'permissions-policy': PERMISSIONS_POLICY,
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
};

/**
 * Headers on every response, set first thing so that errors carry them too (see
 * SECURITY_HEADERS); the portal's index.html replaces the CSP with its nonce'd one.
 * API and test-control responses are never cached: `Cache-Control: no-store`.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => applySecurityHeaders(request, reply));
}

/** Also called for errors raised before routing (no hooks run for those). */
export function applySecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  reply.headers(SECURITY_HEADERS);
  if (isWsapiRequest(request) || isTestControlsPath(request.url)) {
    reply.header('cache-control', CACHE_CONTROL.api);
  }
}
