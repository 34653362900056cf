import { InjectionToken } from '@angular/core';

/**
 * Loads the code of the signed-in area ahead of need, so that after "Sign in" the only request is
 * the sign-in itself; the sign-in page calls it as soon as the user starts on the form. The route
 * table provides it (core never imports the shell or a feature); by default it loads nothing.
 */
export const PREFETCH_SIGNED_IN_AREA = new InjectionToken<() => void>('PREFETCH_SIGNED_IN_AREA', {
  factory: () => () => undefined,
});
