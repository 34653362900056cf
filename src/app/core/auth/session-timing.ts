/** How long before the idle sign-out the warning appears. */
export const IDLE_WARNING_MS = 60_000;
/** After a failed scheduled refresh (network, 5xx), try again this often until expiry. */
export const REFRESH_RETRY_MS = 15_000;

/** PCI DSS 8.2.8: at most 15 minutes idle. Outside 1–15 minutes the configuration is not trusted. */
export const MAX_IDLE_MINUTES = 15;

/** The idle timeout in ms from `security.session_timeout.mobile` (minutes), within PCI's ceiling. */
export function idleTimeoutMs(minutes: number): number {
  const trusted =
    Number.isFinite(minutes) && minutes >= 1
      ? Math.min(minutes, MAX_IDLE_MINUTES)
      : MAX_IDLE_MINUTES;
  return trusted * 60_000;
}

/** When to refresh a session: before expiry by max(60 s, 10 % of its window). */
export function refreshDueAt(session: { issuedAt: number; expiresAt: number }): number {
  const window = Math.max(0, session.expiresAt - session.issuedAt);
  return session.expiresAt - Math.max(60_000, window * 0.1);
}
