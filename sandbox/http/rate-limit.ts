import type { Clock } from '../clock.ts';
import { apiErrors } from './errors.ts';

/** Anything `POST /__sandbox/reset` must forget (in-memory counts keyed by user ids). */
export interface Clearable {
  clear(): void;
}

/**
 * [sandbox design] A sliding-window limiter in memory (per key, e.g. a user id), on
 * the sandbox clock. `hit` records one request or throws 429 `too_many_requests` with
 * `Retry-After` (whole seconds until the oldest counted request leaves the window); `check` and
 * `record` do the same in two steps (count only what turned out to matter, e.g. a failure).
 */
export class SlidingWindowLimiter implements Clearable {
  readonly #hits = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  hit(key: string): void {
    this.check(key);
    this.record(key);
  }

  /** Throws the 429 when `key` has used up its window; records nothing. */
  check(key: string): void {
    const now = this.clock.now();
    const recent = this.#recent(key, now);
    if (recent.length < this.limit) return;
    throw apiErrors.tooManyRequests((recent[0]! + this.windowMs - now) / 1000);
  }

  record(key: string): void {
    const now = this.clock.now();
    const recent = this.#recent(key, now);
    recent.push(now);
    this.#hits.set(key, recent);
    if (this.#hits.size > 10_000) this.#prune(now);
  }

  /** Forgets every count (`POST /__sandbox/reset`: user ids start over with the seed). */
  clear(): void {
    this.#hits.clear();
  }

  #recent(key: string, now: number): number[] {
    const recent = (this.#hits.get(key) ?? []).filter((at) => at > now - this.windowMs);
    if (recent.length > 0) this.#hits.set(key, recent);
    else this.#hits.delete(key);
    return recent;
  }

  #prune(now: number): void {
    for (const [key, hits] of this.#hits) {
      if (!hits.some((at) => at > now - this.windowMs)) this.#hits.delete(key);
    }
  }
}
