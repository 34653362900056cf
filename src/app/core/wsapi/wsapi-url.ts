import { RuntimeConfig } from '../config/runtime-config';

/** The resource that signs in, refreshes and signs out. */
export const AUTHENTICATION_RESOURCE = '/Authentication';

/**
 * Parses `url` (relative URLs against `baseUrl`) and says whether it targets the configured WSAPI:
 * the same origin (scheme, host and port, compared after parsing, so `api.example.com.evil.test`
 * never matches) and a path at or under the base path. Paths compare case-insensitively because
 * the WSAPI matches them that way.
 */
export function wsapiPath(
  url: string,
  baseUrl: string,
  config: RuntimeConfig | null,
): string | null {
  if (!config) return null;
  let parsed: URL;
  try {
    parsed = new URL(url, baseUrl);
  } catch {
    return null;
  }
  if (parsed.origin !== config.wsapiOrigin || parsed.username || parsed.password) return null;
  const path = parsed.pathname.toLowerCase();
  const base = config.wsapiBasePath.toLowerCase();
  if (path === base) return '/';
  if (!path.startsWith(`${base}/`)) return null;
  return path.slice(base.length);
}

/** True for `/Authentication` itself (any case, trailing slash optional). */
export function isAuthenticationPath(path: string | null): boolean {
  return (
    path !== null &&
    path.replace(/\/+$/, '').toLowerCase() === AUTHENTICATION_RESOURCE.toLowerCase()
  );
}
