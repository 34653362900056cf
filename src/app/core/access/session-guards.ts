import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Route, Router, UrlSegment, UrlTree } from '@angular/router';
import { Store } from '@ngrx/store';
import { Observable, filter, map, take } from 'rxjs';
import { FirstLoginStep, firstLoginPath } from '../auth/first-login-steps';
import { safeReturnUrl } from '../auth/return-url';
import { Account } from '../auth/session.model';
import { authFeature } from '../auth/state/auth.feature';
import { missingPermissions } from './permissions';
import { routeAccess } from './route-data';

interface RestoredSession {
  readonly account: Account | null;
  readonly pendingSteps: readonly FirstLoginStep[];
}

/** Emits once the session is restored (never before): who is signed in, if anyone. */
function whenRestored(): Observable<RestoredSession> {
  const store = inject(Store);
  return store.select(authFeature.selectAuthState).pipe(
    filter((state) => state.status !== 'restoring' && state.status !== 'signing-in'),
    take(1),
    map((state) => ({
      account: state.status === 'signed-in' ? state.account : null,
      pendingSteps: state.account ? pendingStepsOf(state.account) : [],
    })),
  );
}

function pendingStepsOf(account: Account): FirstLoginStep[] {
  return authFeature.selectPendingFirstLoginSteps.projector(account);
}

/** The URL being matched (after redirects), with the query the user asked for. */
function wantedUrl(router: Router, segments: readonly UrlSegment[]): string {
  const requested = router.getCurrentNavigation()?.extractedUrl;
  return router.serializeUrl(
    router.createUrlTree(['/', ...segments.map((segment) => segment.path)], {
      queryParams: requested?.queryParams,
      fragment: requested?.fragment ?? undefined,
    }),
  );
}

/**
 * The one guard of the signed-in area (`canMatch`, so a user who may not enter never downloads
 * the route's code). It waits for the session restore, then: signed out → /login with
 * `returnUrl`; a forced first-login step pending → that step; the route's `data.access` not met
 * → /forbidden naming what is missing.
 */
export const requireAccess: CanMatchFn = (route: Route, segments: UrlSegment[]) => {
  const router = inject(Router);
  const wanted = wantedUrl(router, segments);
  return whenRestored().pipe(
    map(({ account, pendingSteps }): boolean | UrlTree => {
      if (!account) return router.createUrlTree(['/login'], { queryParams: { returnUrl: wanted } });
      if (pendingSteps.length) {
        return router.createUrlTree([firstLoginPath(pendingSteps[0])], {
          queryParams: { returnUrl: wanted },
        });
      }
      const missing = missingPermissions(account, routeAccess(route).access);
      if (missing.length === 0) return true;
      return router.createUrlTree(['/forbidden'], {
        queryParams: { missing: missing.join(','), from: wanted },
      });
    }),
  );
};

/** Kept for routes that only need a session (no first-login check), e.g. the flows themselves. */
export const requireSignedIn: CanMatchFn = (_route, segments) => {
  const router = inject(Router);
  const wanted = wantedUrl(router, segments);
  return whenRestored().pipe(
    map(({ account }): boolean | UrlTree =>
      account ? true : router.createUrlTree(['/login'], { queryParams: { returnUrl: wanted } }),
    ),
  );
};

/**
 * A first-login step's page: open only while that step is pending. Otherwise on to the next
 * pending step, or (all done) to where the user was going.
 */
export function requireFirstLoginStep(step: FirstLoginStep | null): CanActivateFn {
  return (route) => {
    const router = inject(Router);
    const returnUrl = route.queryParamMap.get('returnUrl');
    return whenRestored().pipe(
      map(({ account, pendingSteps }): boolean | UrlTree => {
        if (!account) return router.createUrlTree(['/login']);
        if (step && pendingSteps.includes(step)) return true;
        if (pendingSteps.length) {
          return router.createUrlTree([firstLoginPath(pendingSteps[0])], {
            queryParams: returnUrl ? { returnUrl } : {},
          });
        }
        return router.parseUrl(safeReturnUrl(returnUrl));
      }),
    );
  };
}

/** The sign-in page is for signed-out users: a signed-in user goes to the dashboard. */
export const redirectSignedIn: CanActivateFn = () => {
  const router = inject(Router);
  return whenRestored().pipe(
    map(({ account }): boolean | UrlTree => (account ? router.parseUrl('/dashboard') : true)),
  );
};
