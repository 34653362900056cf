/**
 * An audit entry's details as one readable line: `key: value` pairs, nested objects in braces,
 * lists comma-separated, `from → to` pairs as such. Rendered as text, never as HTML.
 */
export function describeDetails(details: Readonly<Record<string, unknown>>): string {
  return Object.entries(details)
    .map(([key, value]) => `${humanKey(key)}: ${describeValue(value)}`)
    .join('; ');
}

function describeValue(value: unknown, depth = 0): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (depth > 3) return '…';
  if (Array.isArray(value)) return value.map((item) => describeValue(item, depth + 1)).join(', ');
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 2 && 'from' in record && 'to' in record) {
      return `${describeValue(record['from'], depth + 1)} → ${describeValue(record['to'], depth + 1)}`;
    }
    return `{ ${keys.map((key) => `${key}: ${describeValue(record[key], depth + 1)}`).join(', ')} }`;
  }
  return String(value);
}

function humanKey(key: string): string {
  return key.replaceAll('_', ' ');
}
