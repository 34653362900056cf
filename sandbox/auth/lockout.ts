import type { Clock } from '../clock.ts';
import { configNumber, type Configuration } from '../access/configuration.ts';
import type { LoginAttemptsRepository } from '../store/login-attempts.ts';
import { PerKeyQueue } from './per-key-queue.ts';

export interface LockoutPolicy {
  failedAttemptsLimit: number;
  countMemoryMs: number;
  lockoutDurationMs: number;
}

/** The seed configuration's values (3 failures / "30" minutes / 2 minutes): used for unknown names. */
export const DEFAULT_LOCKOUT_POLICY: LockoutPolicy = {
  failedAttemptsLimit: 3,
  countMemoryMs: 30 * 60_000,
  lockoutDurationMs: 2 * 60_000,
};

/** Failures older than this are deleted whatever the policy (a `count_memory` beyond it acts as 24 h). */
const FAILURE_RETENTION_MS = 24 * 60 * 60_000;

/** Reads `security.account_locking.*` through the coercing accessor (`count_memory` is a string). */
export function lockoutPolicy(configuration: Configuration): LockoutPolicy {
  const positive = (key: string, fallback: number) => {
    const value = configNumber(configuration, key, fallback);
    return value > 0 ? value : fallback;
  };
  const minutes = 60_000;
  return {
    failedAttemptsLimit: Math.floor(
      positive(
        'security.account_locking.failed_attempts_limit',
        DEFAULT_LOCKOUT_POLICY.failedAttemptsLimit,
      ),
    ),
    countMemoryMs:
      positive(
        'security.account_locking.count_memory',
        DEFAULT_LOCKOUT_POLICY.countMemoryMs / minutes,
      ) * minutes,
    lockoutDurationMs:
      positive(
        'security.account_locking.lockout_duration',
        DEFAULT_LOCKOUT_POLICY.lockoutDurationMs / minutes,
      ) * minutes,
  };
}

/**
 * Lockout per normalised user name (CONTRACT §3). `limit` failures within `count_memory` lock the
 * name for `lockout_duration`; the failure that reaches the limit already answers 423. Attempts
 * while locked are not counted and do not extend the lock. Locking and a success clear the count.
 * Every password check of a name runs inside `serialised`, so concurrent guesses are counted as
 * if they came one after the other.
 */
export class LockoutService {
  readonly #queue = new PerKeyQueue();

  constructor(
    private readonly clock: Clock,
    private readonly attempts: LoginAttemptsRepository,
  ) {}

  /** Runs `attempt` (lock check, password check, record) after every earlier attempt of `name`. */
  serialised<T>(name: string, attempt: () => Promise<T>): Promise<T> {
    return this.#queue.run(name, attempt);
  }

  /** Seconds until the name unlocks (at least 1), or undefined when it is not locked. */
  retryAfterSeconds(name: string): number | undefined {
    const until = this.attempts.lockedUntil(name);
    if (until === undefined) return undefined;
    const remaining = until - this.clock.now();
    if (remaining <= 0) {
      this.attempts.unlock(name);
      return undefined;
    }
    return Math.max(1, Math.ceil(remaining / 1000));
  }

  /** Records a failure; returns the lock's Retry-After seconds when this failure locks the name. */
  recordFailure(name: string, policy: LockoutPolicy): number | undefined {
    const now = this.clock.now();
    this.attempts.pruneFailuresUpTo(now - FAILURE_RETENTION_MS);
    this.attempts.addFailure(name, now);
    if (
      this.attempts.countFailuresSince(name, now - policy.countMemoryMs) <
      policy.failedAttemptsLimit
    ) {
      return undefined;
    }
    this.attempts.lock(name, now + policy.lockoutDurationMs);
    this.attempts.clearFailures(name);
    return Math.max(1, Math.ceil(policy.lockoutDurationMs / 1000));
  }

  recordSuccess(name: string): void {
    this.attempts.clearFailures(name);
    this.attempts.unlock(name);
  }
}
