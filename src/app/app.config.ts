import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import { provideRouter, withComponentInputBinding, withRouterConfig } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';

import { routes } from './app.routes';
import { provideAuth } from './core/auth/provide-auth';
import { roamHeadersInterceptor } from './core/wsapi/roam-headers-interceptor';
import { idempotentRetryInterceptor } from './core/wsapi/idempotent-retry-interceptor';
import { sessionRefreshInterceptor } from './core/wsapi/session-refresh-interceptor';
import { devProviders } from './dev-providers';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    // Child pages receive their parents' parameters as inputs too (e.g. `organizationId` under
    // `/admin/merchants/:organizationId/users`).
    provideRouter(
      routes,
      withComponentInputBinding(),
      withRouterConfig({ paramsInheritanceStrategy: 'always' }),
    ),
    // Outermost first: refresh-and-replay after a 401, then retries of idempotent reads, then the
    // headers, so every replay and retry is stamped again (with the newest token).
    provideHttpClient(
      withFetch(),
      withInterceptors([
        sessionRefreshInterceptor,
        idempotentRetryInterceptor,
        roamHeadersInterceptor,
      ]),
    ),
    provideStore(
      {},
      {
        runtimeChecks: {
          strictStateImmutability: true,
          strictActionImmutability: true,
          strictStateSerializability: true,
          strictActionSerializability: true,
          strictActionTypeUniqueness: true,
        },
      },
    ),
    provideEffects(),
    provideAuth(),
    ...devProviders,
  ],
};
