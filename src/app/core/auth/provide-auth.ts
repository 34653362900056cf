import {
  EnvironmentProviders,
  Provider,
  inject,
  makeEnvironmentProviders,
  provideAppInitializer,
} from '@angular/core';
import { provideEffects } from '@ngrx/effects';
import { Store, provideState } from '@ngrx/store';
import { WSAPI_SESSION, WsapiSession } from '../wsapi/wsapi-session';
import { SessionRefresher } from './session-refresher';
import { restoreSession } from './session-restore';
import * as authEffects from './state/auth.effects';
import { authFeature } from './state/auth.feature';
import * as busEffects from './state/session-bus.effects';
import * as idleWarningEffects from './state/idle-warning.effects';
import * as timerEffects from './state/session-timers.effects';

/** The auth feature: state, effects, the session the HTTP edge reads, and restore-on-boot. */
export function provideAuth(): EnvironmentProviders {
  return makeEnvironmentProviders([
    provideState(authFeature),
    provideEffects(authEffects, busEffects, timerEffects, idleWarningEffects),
    provideWsapiSession(),
    provideAppInitializer(restoreSession),
  ]);
}

/** What the HTTP edge reads: the token from the store, and the shared refresher. */
export function provideWsapiSession(): Provider {
  return {
    provide: WSAPI_SESSION,
    useFactory: (): WsapiSession => {
      const refresher = inject(SessionRefresher);
      return {
        token: inject(Store).selectSignal(authFeature.selectToken),
        refreshAfterUnauthorized: (sentAt) => refresher.refreshAfterUnauthorized(sentAt),
      };
    },
  };
}
