import type { Clock } from '../clock.ts';
import { apiErrors } from '../http/errors.ts';
import { SlidingWindowLimiter, type Clearable } from '../http/rate-limit.ts';

/** [sandbox design] The bounds on password checks (scrypt), for sign-in and password change. */
export interface LoginThrottleLimits {
  /** Password checks running at once, for everyone (scrypt is CPU and memory bound). */
  concurrency: number;
  /** Password checks waiting for one of those, for everyone; one more answers 429. */
  queue: number;
  /** Attempts of one client address in progress (running, waiting, or queued behind its user name). */
  perClient: number;
  /** Failed attempts per client address within `failureWindowMs` of sandbox time; then 429. */
  failuresPerClient: number;
  failureWindowMs: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleLimits = {
  concurrency: 4,
  queue: 64,
  perClient: 4,
  failuresPerClient: 30,
  failureWindowMs: 60_000,
};

/** `Retry-After` when a queue is full: a password check takes well under a second. */
export const BUSY_RETRY_AFTER_SECONDS = 2;

/**
 * Admission for sign-in attempts, so that a burst cannot starve real users: one address gets at
 * most `perClient` attempts in progress and `failuresPerClient` failures a minute (a password
 * sprayed over many names counts against the address, not the names); everybody shares
 * `concurrency` password checks with a FIFO queue of `queue`. Past any bound: 429
 * `too_many_requests` with `Retry-After`, before any password is checked.
 */
export class LoginThrottle implements Clearable {
  readonly limits: LoginThrottleLimits;
  readonly #failures: SlidingWindowLimiter;
  readonly #inProgress = new Map<string, number>();
  readonly #waiting: (() => void)[] = [];
  #running = 0;

  constructor(clock: Clock, limits: Partial<LoginThrottleLimits> = {}) {
    this.limits = { ...DEFAULT_LOGIN_THROTTLE, ...limits };
    this.#failures = new SlidingWindowLimiter(
      clock,
      this.limits.failuresPerClient,
      this.limits.failureWindowMs,
    );
  }

  /**
   * Runs one attempt of `client` (its whole life: queued behind its user name, then its password
   * check), or throws the 429 when the address is over its bounds.
   */
  async admit<T>(client: string, attempt: () => Promise<T>): Promise<T> {
    this.#failures.check(client);
    const inProgress = this.#inProgress.get(client) ?? 0;
    if (inProgress >= this.limits.perClient) {
      throw apiErrors.tooManyRequests(BUSY_RETRY_AFTER_SECONDS);
    }
    this.#inProgress.set(client, inProgress + 1);
    try {
      return await attempt();
    } finally {
      const left = (this.#inProgress.get(client) ?? 1) - 1;
      if (left > 0) this.#inProgress.set(client, left);
      else this.#inProgress.delete(client);
    }
  }

  /** Runs a password check in one of the shared slots (FIFO), or throws 429 when the queue is full. */
  async check<T>(work: () => Promise<T>): Promise<T> {
    if (this.#running >= this.limits.concurrency) {
      if (this.#waiting.length >= this.limits.queue) {
        throw apiErrors.tooManyRequests(BUSY_RETRY_AFTER_SECONDS);
      }
      // The slot is handed over by the finishing check: `#running` stays the same.
      await new Promise<void>((resolve) => this.#waiting.push(resolve));
    } else {
      this.#running++;
    }
    try {
      return await work();
    } finally {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#running--;
    }
  }

  /** A wrong password or unknown name from `client`. */
  recordFailure(client: string): void {
    this.#failures.record(client);
  }

  /** Checks running and waiting now (for tests). */
  get load(): { running: number; waiting: number } {
    return { running: this.#running, waiting: this.#waiting.length };
  }

  /** `POST /__sandbox/reset`: failure counts start over (attempts in progress stay counted). */
  clear(): void {
    this.#failures.clear();
  }
}
