import { BreakpointObserver } from '@angular/cdk/layout';
import { Provider } from '@angular/core';
import { BehaviorSubject, map } from 'rxjs';

/**
 * A BreakpointObserver for specs of the stacked (phone) layout: every query matches while the
 * screen is narrow. `const phone = fakeScreen(true)`, `providers: [phone.provider]` (or
 * `TestBed.overrideProvider(BreakpointObserver, { useValue: phone.observer })`), then
 * `phone.narrow.next(false)` to widen it.
 */
export function fakeScreen(narrow: boolean) {
  const screen = new BehaviorSubject(narrow);
  const observer: Pick<BreakpointObserver, 'observe' | 'isMatched'> = {
    observe: () => screen.pipe(map((matches) => ({ matches, breakpoints: {} }))),
    isMatched: () => screen.value,
  };
  const provider: Provider = { provide: BreakpointObserver, useValue: observer };
  return { observer, provider, narrow: screen };
}
