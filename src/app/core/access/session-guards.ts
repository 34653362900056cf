import { inject } from '@angular/core';
import { CanActivateFn, CanMatchFn, Router, UrlTree } from '@angular/router';
import { Store } from '@ngrx/store';
import { Observable, filter, map, take } from 'rxjs';
import { authFeature } from '../auth/state/auth.feature';

/** Emits once the session is restored (never before), with whether the user is signed in. */
function whenRestored(): Observable<boolean> {
  const store = inject(Store);
  return store.select(authFeature.selectStatus).pipe(
    filter((status) => status !== 'restoring'),
    take(1),
    map((status) => status === 'signed-in'),
  );
}

/**
 * Signed-in users only. Waits for the session restore, then lets the user through or sends
 * them to /login with the page they wanted as `returnUrl`.
 */
export const requireSignedIn: CanMatchFn = (_route, segments) => {
  const router = inject(Router);
  // The URL being matched (after redirects), with the query the user asked for.
  const requested = router.getCurrentNavigation()?.extractedUrl;
  const wanted = router.createUrlTree(['/', ...segments.map((segment) => segment.path)], {
    queryParams: requested?.queryParams,
    fragment: requested?.fragment ?? undefined,
  });
  return whenRestored().pipe(
    map((signedIn): boolean | UrlTree =>
      signedIn
        ? true
        : router.createUrlTree(['/login'], {
            queryParams: { returnUrl: router.serializeUrl(wanted) },
          }),
    ),
  );
};

/** The sign-in page is for signed-out users: a signed-in user goes to the dashboard. */
export const redirectSignedIn: CanActivateFn = () => {
  const router = inject(Router);
  return whenRestored().pipe(
    map((signedIn): boolean | UrlTree => (signedIn ? router.parseUrl('/dashboard') : true)),
  );
};
