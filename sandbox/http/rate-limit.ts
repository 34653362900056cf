import type { Clock } from '../clock.ts';
import { ApiError } from './errors.ts';

/**
 * [sandbox design] A sliding-window limiter in memory (per key, e.g. a user id), on
 * the sandbox clock. `hit` records one request or throws 429 `too_many_requests` with
 * `Retry-After` (whole seconds until the oldest counted request leaves the window).
 */
export class SlidingWindowLimiter {
  readonly #hits = new Map<string, number[]>();

  constructor(
    private readonly clock: Clock,
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  hit(key: string): void {
    const now = this.clock.now();
    const recent = (this.#hits.get(key) ?? []).filter((at) => at > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.#hits.set(key, recent);
      const retryAfter = Math.max(1, Math.ceil((recent[0]! + this.windowMs - now) / 1000));
      throw new ApiError(
        429,
        'too_many_requests',
        'Too many requests. Please slow down.',
        undefined,
        { 'retry-after': String(retryAfter) },
      );
    }
    recent.push(now);
    this.#hits.set(key, recent);
    if (this.#hits.size > 10_000) this.#prune(now);
  }

  /** Forgets every count (`POST /__sandbox/reset`: user ids start over with the seed). */
  clear(): void {
    this.#hits.clear();
  }

  #prune(now: number): void {
    for (const [key, hits] of this.#hits) {
      if (!hits.some((at) => at > now - this.windowMs)) this.#hits.delete(key);
    }
  }
}
