/**
 * The sandbox's only source of "now" for business time (sessions, lockouts, timestamps in the
 * database). Test controls move it forward with an offset, so e2e journeys can cross an idle
 * timeout or a lockout without waiting. Nothing else in the sandbox reads Date.now().
 */
export class Clock {
  #offsetMs = 0;

  /** Epoch milliseconds, offset applied. */
  now(): number {
    return Date.now() + this.#offsetMs;
  }

  get offsetMs(): number {
    return this.#offsetMs;
  }

  advance(ms: number): void {
    this.#offsetMs += ms;
  }

  reset(): void {
    this.#offsetMs = 0;
  }
}

/** `yyyyMMddHHmmss` in UTC, the vendor's format for `session.expires` ([sandbox design]: UTC). */
export function formatVendorTimestamp(epochMs: number): string {
  const d = new Date(epochMs);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return (
    pad(d.getUTCFullYear(), 4) +
    pad(d.getUTCMonth() + 1) +
    pad(d.getUTCDate()) +
    pad(d.getUTCHours()) +
    pad(d.getUTCMinutes()) +
    pad(d.getUTCSeconds())
  );
}
