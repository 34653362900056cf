import { BreakpointObserver, Breakpoints } from '@angular/cdk/layout';
import { Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { map } from 'rxjs';

/** A phone's width (Material's XSmall, below 600 px): lists become stacked rows. */
export const NARROW_SCREEN = Breakpoints.XSmall;

/**
 * Whether the screen is a phone's width, as a signal that follows the window (call it in an
 * injection context). The lists switch from a table to stacked rows on it; wider screens, down to a
 * small tablet, keep the table, which scrolls inside its own frame where it must.
 */
export function narrowScreen(): Signal<boolean> {
  const observer = inject(BreakpointObserver);
  return toSignal(observer.observe(NARROW_SCREEN).pipe(map((state) => state.matches)), {
    initialValue: observer.isMatched(NARROW_SCREEN),
  });
}
