import { ADMIN_DEFAULT_PAGE_SIZE, ADMIN_PAGE_SIZES } from './admin.model';

/** `?page=` as a page number (1 when absent or not a positive whole number). */
export function pageNumber(value: string | undefined): number {
  return value && /^[1-9]\d{0,5}$/.test(value) ? Number(value) : 1;
}

/** `?size=` as one of the offered page sizes (the default otherwise). */
export function pageSize(value: string | undefined): number {
  const size = Number(value);
  return (ADMIN_PAGE_SIZES as readonly number[]).includes(size) ? size : ADMIN_DEFAULT_PAGE_SIZE;
}

/** The page and size the URL's `?page=&size=` ask for. */
export function pageOf(page: string | undefined, size: string | undefined) {
  return { page: pageNumber(page), pageSize: pageSize(size) };
}

/** A paged table's caption: what it lists, then "page 2 of 5". */
export function pageCaption(
  what: string,
  { page, pageSize }: { readonly page: number; readonly pageSize: number },
  totalCount: number,
): string {
  return `${what}, page ${page} of ${Math.max(1, Math.ceil(totalCount / pageSize))}`;
}
