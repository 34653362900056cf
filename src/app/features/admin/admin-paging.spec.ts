import { pageNumber, pageSize } from './admin-paging';

describe('admin paging from the URL', () => {
  it('reads a page number, 1 otherwise', () => {
    expect(pageNumber('3')).toBe(3);
    for (const bad of [undefined, '', '0', '-1', '1.5', 'abc', '01', '9999999']) {
      expect(pageNumber(bad)).withContext(String(bad)).toBe(1);
    }
  });

  it('reads one of the offered sizes, 20 otherwise', () => {
    expect(pageSize('50')).toBe(50);
    expect(pageSize('100')).toBe(100);
    expect(pageSize('7')).toBe(20);
    expect(pageSize(undefined)).toBe(20);
  });
});
