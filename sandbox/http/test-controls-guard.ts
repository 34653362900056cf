import type { FastifyInstance } from 'fastify';
import { apiErrors } from './errors.ts';
import { isTestControlsPath } from './paths.ts';
import { isJsonContentType } from './roam-headers.ts';

/** `localhost`, `127.x.y.z` or `[::1]`, with or without a port: the names a local test uses. */
export function isLoopbackHost(host: string | undefined): boolean {
  if (host === undefined) return false;
  const match = /^(?<name>\[::1\]|[a-z0-9.-]+)(?::\d{1,5})?$/i.exec(host.trim());
  const name = match?.groups?.['name']?.toLowerCase();
  if (name === undefined) return false;
  return name === 'localhost' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}

/**
 * `/__sandbox/*` answers only requests that a page on another site cannot make: a `Host` that is
 * a loopback name (a DNS-rebinding page sends its own name: 403 `forbidden`), and on anything but
 * GET/HEAD a JSON `Content-Type` (a cross-site "simple" POST cannot send one: 415). GETs need no
 * body type: another origin cannot read their answers, and rebinding is what the Host check stops.
 */
export function installTestControlsGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!isTestControlsPath(request.url)) return;
    if (!isLoopbackHost(request.headers.host)) throw apiErrors.forbidden();
    if (request.method === 'GET' || request.method === 'HEAD') return;
    const contentType = request.headers['content-type'];
    if (contentType === undefined || !isJsonContentType(contentType)) {
      throw apiErrors.unsupportedMediaType();
    }
  });
}
