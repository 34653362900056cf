import { Route } from '@angular/router';
import { Account } from '../auth/session.model';
import { isAllowed } from './permissions';
import { routeAccess } from './route-data';

export interface NavItem {
  readonly path: string;
  readonly label: string;
}

/**
 * The side navigation, generated from the route table: every route that declares `data.nav`,
 * kept only when the user meets the same `data.access` its guard checks — so a visible link and
 * a guarded route cannot disagree.
 */
export function navItemsFor(
  routes: readonly Route[],
  account: Account | null,
  base = '',
): NavItem[] {
  return routes.flatMap((route) => {
    const { nav, access } = routeAccess(route);
    if (!nav || route.path === undefined || !isAllowed(account, access)) return [];
    return [{ path: `${base}/${route.path}`, label: nav.label }];
  });
}
