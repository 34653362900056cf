/** A controllable "now" and timers for specs (Jasmine's mock clock: Date, setTimeout, setInterval). */
export interface FakeTime {
  /** Moves time forward, firing every timer due on the way. */
  advance(ms: number): void;
  now(): number;
}

export const FAKE_TIME_START = Date.UTC(2026, 10, 25, 12, 0, 0);

/**
 * Call inside a `describe`, before the beforeEach that builds the TestBed: installs the mock
 * clock at `start` before each spec and removes it after.
 */
export function useFakeTime(start = FAKE_TIME_START): FakeTime {
  beforeEach(() => {
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date(start));
  });
  afterEach(() => jasmine.clock().uninstall());
  return { advance: (ms) => jasmine.clock().tick(ms), now: () => Date.now() };
}
