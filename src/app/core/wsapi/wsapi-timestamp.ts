const TIMESTAMP = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/**
 * Parses the WSAPI's `yyyyMMddHHmmss` (UTC, per the contract) strictly: exactly 14 digits that
 * name a real instant (no 31 February, no hour 24). Anything else is `null`.
 */
export function parseWsapiTimestamp(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const match = TIMESTAMP.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map(Number);
  const instant = Date.UTC(year, month - 1, day, hour, minute, second);
  const check = new Date(instant);
  const exact =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day &&
    check.getUTCHours() === hour &&
    check.getUTCMinutes() === minute &&
    check.getUTCSeconds() === second;
  return exact ? instant : null;
}
