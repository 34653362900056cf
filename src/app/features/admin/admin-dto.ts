import { DtoRecord, count, record } from '../../core/wsapi/dto-readers';
import { Page } from './admin.model';

/** `{ [key]: [...], page, page_size, total_count }` → a `Page`, each row mapped by `map`. */
export function toPage<T>(
  dto: unknown,
  key: string,
  map: (row: DtoRecord) => T,
  requested: { page: number; pageSize: number },
): Page<T> {
  const body = record(dto);
  const rows = body[key];
  return {
    items: Array.isArray(rows) ? rows.map((row) => map(record(row))) : [],
    page: count(body['page'], requested.page),
    pageSize: count(body['page_size'], requested.pageSize),
    totalCount: count(body['total_count'], 0),
  };
}
