import { createHmac, randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { authOf } from '../access/access-control.ts';
import type { Clock } from '../clock.ts';
import type { Db } from '../store/db.ts';
import { apiErrors } from './errors.ts';
import { normalisedPath } from './paths.ts';

/** [sandbox design] A key is remembered for 24 hours of sandbox time. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export interface Outcome {
  status: number;
  body: unknown;
}

interface StoredRow {
  fingerprint: string;
  status: number;
  body: string;
}

/** JSON text of `value` with every object's keys sorted (arrays keep their order). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * `Idempotency-Key` on the state-changing Transactions routes (sale, refund, void, receipt).
 * Per user and key: the first successful (2xx) reply is stored with a fingerprint of the
 * request (method, path, body as parsed, keys in a canonical order: the same JSON with its keys
 * reordered is the same request); a retry with the same key and the same request gets that reply
 * again (`Idempotent-Replayed: true`) without doing anything; the same key with a different
 * request is 409 `conflict`. Failures are not stored (nothing changed; a retry runs again).
 * The fingerprint is an HMAC under a key that lives in this process only: a sale's body holds a
 * card number, and an unkeyed hash of it could be brute-forced. So the rows are useless after a
 * restart and are deleted at start.
 */
export class IdempotencyStore {
  readonly #secret = randomBytes(32);
  readonly #find;
  readonly #save;
  readonly #prune;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {
    db.exec('DELETE FROM idempotency_keys');
    this.#find = db.prepare<[number, string, number], StoredRow>(
      'SELECT fingerprint, status, body FROM idempotency_keys WHERE user_id = ? AND key = ? AND created_at > ?',
    );
    this.#save = db.prepare<[number, string, string, number, string, number]>(
      `INSERT INTO idempotency_keys (user_id, key, fingerprint, status, body, created_at) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (user_id, key) DO UPDATE SET fingerprint = excluded.fingerprint, status = excluded.status,
         body = excluded.body, created_at = excluded.created_at`,
    );
    this.#prune = db.prepare<[number]>('DELETE FROM idempotency_keys WHERE created_at <= ?');
  }

  #fingerprint(request: FastifyRequest): string {
    return createHmac('sha256', this.#secret)
      .update(`${request.method} ${normalisedPath(request.url)}\n`)
      .update(canonicalJson(request.body ?? null))
      .digest('base64url');
  }

  /**
   * Runs `action` (synchronous: the check, the action and the record share one SQLite
   * transaction, so two identical requests can never both act) unless the key says it already ran.
   */
  run(request: FastifyRequest, reply: FastifyReply, action: () => Outcome): unknown {
    const key = idempotencyKeyOf(request);
    if (key === undefined) {
      const outcome = action();
      reply.code(outcome.status);
      return outcome.body;
    }
    const userId = authOf(request).user.id;
    const fingerprint = this.#fingerprint(request);
    const outcome = this.db.transaction((): Outcome & { replayed: boolean } => {
      const now = this.clock.now();
      const stored = this.#find.get(userId, key, now - IDEMPOTENCY_TTL_MS);
      if (stored) {
        if (stored.fingerprint !== fingerprint) {
          throw apiErrors.conflict(
            'This Idempotency-Key was already used for a different request.',
          );
        }
        return { status: stored.status, body: JSON.parse(stored.body), replayed: true };
      }
      this.#prune.run(now - IDEMPOTENCY_TTL_MS);
      const fresh = action();
      if (fresh.status >= 200 && fresh.status < 300) {
        this.#save.run(userId, key, fingerprint, fresh.status, JSON.stringify(fresh.body), now);
      }
      return { ...fresh, replayed: false };
    })();
    if (outcome.replayed) reply.header('idempotent-replayed', 'true');
    reply.code(outcome.status);
    return outcome.body;
  }
}

/** The request's `Idempotency-Key` (1–255 visible ASCII characters), if any; 400 when malformed. */
export function idempotencyKeyOf(request: FastifyRequest): string | undefined {
  const header = request.headers['idempotency-key'];
  if (header === undefined) return undefined;
  const value = Array.isArray(header) ? undefined : header.trim();
  if (value === undefined || !KEY_PATTERN.test(value)) {
    throw apiErrors.invalidRequest(
      IDEMPOTENCY_HEADER,
      'Idempotency-Key must be 1 to 255 visible ASCII characters.',
    );
  }
  return value;
}
