import { EnvironmentProviders } from '@angular/core';
import { provideStoreDevtools } from '@ngrx/store-devtools';
import { sanitizeAction, sanitizeState } from './core/auth/state/devtools-sanitizers';

/** Development builds only (production swaps in dev-providers.prod.ts): the NgRx devtools. */
export const devProviders: EnvironmentProviders[] = [
  provideStoreDevtools({
    maxAge: 50,
    name: 'MCM Portal',
    actionSanitizer: sanitizeAction,
    stateSanitizer: sanitizeState,
  }),
];
