import { InjectionToken } from '@angular/core';

/** "Now" for the portal, in epoch ms. Tests swap it for a fake clock (see src/testing). */
export const CLOCK = new InjectionToken<() => number>('CLOCK', {
  providedIn: 'root',
  factory: () => () => Date.now(),
});
