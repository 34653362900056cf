import { TestBed } from '@angular/core/testing';
import { TIME_ZONE, browserTimeZone } from './time-zone';

describe('TIME_ZONE', () => {
  it("is the browser's IANA time zone", () => {
    expect(TestBed.inject(TIME_ZONE)).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('falls back to UTC when the browser names none', () => {
    spyOn(Intl, 'DateTimeFormat').and.returnValue({
      resolvedOptions: () => ({ timeZone: '' }),
    } as unknown as Intl.DateTimeFormat);
    expect(browserTimeZone()).toBe('UTC');
  });
});
