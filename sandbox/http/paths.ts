import type { FastifyRequest } from 'fastify';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Set on every WSAPI route: Roam header checks, `Cache-Control: no-store`, no compression. */
    wsapi?: boolean;
  }
}

export const WSAPI_PREFIX = '/wsapi';
/** The `/WSAPI` plugin's prefix, as the vendor writes it (the router ignores case). */
export const WSAPI_ROOT = '/WSAPI';
export const TEST_CONTROLS_PREFIX = '/__sandbox';

/**
 * The path as the router sees it: query dropped, percent-decoding applied, lowercased, trailing
 * slashes removed (the router is case-insensitive and ignores a trailing slash, so checks on the
 * raw URL could be dodged with `/%57SAPI/...` or `/wsapi/`).
 */
export function normalisedPath(url: string): string {
  const raw = url.split('?', 1)[0] ?? '';
  let decoded = raw;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    // keep the raw path; the router rejects it anyway
  }
  const lower = decoded.toLowerCase();
  const trimmed = lower.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

function under(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(prefix + '/');
}

export function isWsapiRequest(request: FastifyRequest): boolean {
  return (
    request.routeOptions.config?.wsapi === true || under(normalisedPath(request.url), WSAPI_PREFIX)
  );
}

export function isTestControlsPath(url: string): boolean {
  return under(normalisedPath(url), TEST_CONTROLS_PREFIX);
}

export function isWsapiPath(url: string): boolean {
  return under(normalisedPath(url), WSAPI_PREFIX);
}
