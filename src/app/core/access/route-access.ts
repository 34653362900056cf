import { Route } from '@angular/router';
import { RouteAccessData } from './route-data';
import { requireAccess } from './session-guards';

/**
 * A signed-in route that declares its access and navigation once: the guard (`canMatch`, so the
 * code of a route the user may not enter is never downloaded) and the nav both read `data`.
 */
export function guardedRoute(route: Route & RouteAccessData): Route {
  const { access, nav, ...rest } = route;
  return {
    ...rest,
    canMatch: [requireAccess, ...(rest.canMatch ?? [])],
    data: { ...rest.data, ...(access ? { access } : {}), ...(nav ? { nav } : {}) },
  };
}
