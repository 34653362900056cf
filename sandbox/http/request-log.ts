import type { FastifyInstance } from 'fastify';
import { isTestControlsPath } from './paths.ts';

export interface LoggedRequest {
  method: string;
  path: string;
  /** The Roam headers and Content-Type exactly as received (names lower-cased). */
  headers: Record<string, string>;
}

const KEEP = 200;

/**
 * The last WSAPI requests as the server saw them, for e2e tests to assert on (test controls
 * only: it holds session tokens, so it never exists on a sandbox without them).
 */
export class RequestLog {
  private entries: LoggedRequest[] = [];

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > KEEP) this.entries.splice(0, this.entries.length - KEEP);
  }

  list(): readonly LoggedRequest[] {
    return this.entries;
  }

  clear(): void {
    this.entries = [];
  }
}

export function installRequestLog(app: FastifyInstance, log: RequestLog): void {
  app.addHook('onRequest', async (request) => {
    if (isTestControlsPath(request.url)) return;
    const path = request.url.split('?')[0];
    if (!/^\/wsapi(\/|$)/i.test(path)) return;
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(request.headers)) {
      if ((name.startsWith('x-roam-') || name === 'content-type') && typeof value === 'string')
        headers[name] = value;
    }
    log.add({ method: request.method, path, headers });
  });
}
