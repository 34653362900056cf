import { ApplicationConfig, provideBrowserGlobalErrorListeners } from '@angular/core';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { provideRouter, withComponentInputBinding, withRouterConfig } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideStore } from '@ngrx/store';

import { routes } from './app.routes';
import { provideAuth } from './core/auth/provide-auth';
import { roamHeadersInterceptor } from './core/wsapi/roam-headers-interceptor';
import { idempotentRetryInterceptor } from './core/wsapi/idempotent-retry-interceptor';
import { sessionRefreshInterceptor } from './core/wsapi/session-refresh-interceptor';
import { devProviders } from './dev-providers';

/**
 * HttpClient with the WSAPI interceptors, outermost first: refresh-and-replay after a 401, then
 * retries of idempotent reads, then the headers, so every replay and retry is stamped again (with
 * the newest token). XMLHttpRequest, not `withFetch()`: Angular 21.2's fetch backend aborts every
 * request when its observable ends, completed ones too (angular/angular#70071, fixed in 22.1), so
 * the browser logged each sign-in POST and summary GET as cancelled. The XHR backend aborts only a
 * request still in flight (an unsubscribe, a timeout).
 */
export const wsapiHttpClient = provideHttpClient(
  withInterceptors([sessionRefreshInterceptor, idempotentRetryInterceptor, roamHeadersInterceptor]),
);

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
    wsapiHttpClient,
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
