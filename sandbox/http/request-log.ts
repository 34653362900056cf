import type { FastifyInstance } from 'fastify';
import { hashToken } from '../auth/tokens.ts';
import { isTestControlsPath } from './paths.ts';

export interface LoggedRequest {
  method: string;
  path: string;
  /**
   * The Roam headers and Content-Type as received (names lower-cased), but `x-roam-token`
   * redacted (`redactToken`).
   */
  headers: Record<string, string>;
}

const KEEP = 200;

/**
 * What the log shows of a session token: its (public) `MCM6-` prefix, then `redacted-` and the
 * first 12 hex digits of its SHA-256 (`hashToken`), enough for a test to tell two tokens apart or match one it
 * holds, never enough to use it.
 */
export function redactToken(token: string): string {
  const prefix = /^[A-Za-z0-9]{1,8}-/.exec(token)?.[0] ?? '';
  return `${prefix}redacted-${hashToken(token).slice(0, 12)}`;
}

/**
 * The last WSAPI requests as the server saw them, for e2e tests to assert on (test controls
 * only). Tokens are redacted: the log is readable by anyone who can reach `/__sandbox/requests`.
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
        headers[name] = name === 'x-roam-token' ? redactToken(value) : value;
    }
    log.add({ method: request.method, path, headers });
  });
}
