import { EnvironmentProviders } from '@angular/core';

/** Production builds carry no devtools at all. */
export const devProviders: EnvironmentProviders[] = [];
