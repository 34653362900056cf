import { Page } from './admin.model';

/**
 * Reading the admin endpoints' loose JSON: ids may arrive as numbers or strings, missing values
 * become safe defaults. Every admin API maps through these, never trusting a field's type.
 */
export function text(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

export function optionalText(value: unknown): string | null {
  const result = text(value);
  return result === '' ? null : result;
}

export function whole(value: unknown, fallback: number): number {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isSafeInteger(number) && number >= 0
    ? number
    : fallback;
}

export function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

/** `{ [key]: [...], page, page_size, total_count }` → a `Page`, each row mapped by `map`. */
export function toPage<T>(
  dto: unknown,
  key: string,
  map: (row: Record<string, unknown>) => T,
  requested: { page: number; pageSize: number },
): Page<T> {
  const body = record(dto);
  const rows = body[key];
  return {
    items: Array.isArray(rows) ? rows.map((row) => map(record(row))) : [],
    page: whole(body['page'], requested.page),
    pageSize: whole(body['page_size'], requested.pageSize),
    totalCount: whole(body['total_count'], 0),
  };
}
