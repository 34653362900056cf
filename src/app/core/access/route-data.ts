import { Route } from '@angular/router';
import { AccessRequirement } from './permissions';

/** A link in the side navigation, generated from the route that declares it. */
export interface NavEntry {
  readonly label: string;
}

/** What a route declares, once: who may enter, and how it appears in the navigation. */
export interface RouteAccessData {
  readonly access?: AccessRequirement;
  readonly nav?: NavEntry;
}

export function routeAccess(route: Route): RouteAccessData {
  return (route.data ?? {}) as RouteAccessData;
}
