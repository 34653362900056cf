import { Routes } from '@angular/router';
import { guardedRoute } from '../core/access/route-access';

/** The page a sign-in lands on (the sign-in page prefetches it, see `app.routes.ts`). */
export const loadDashboardPage = () =>
  import('../features/dashboard/dashboard-page').then((m) => m.DashboardPage);

/**
 * The signed-in area, one table: each route's `access` is what its guard checks and what the
 * side navigation filters by; `nav` makes it a link.
 */
export const SHELL_ROUTES: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
  guardedRoute({
    path: 'dashboard',
    title: 'Dashboard · MCM Portal',
    nav: { label: 'Dashboard' },
    loadComponent: loadDashboardPage,
  }),
  guardedRoute({
    path: 'virtual-terminal',
    title: 'Virtual terminal · MCM Portal',
    access: { allOf: ['component.access.virtual_terminal'] },
    nav: { label: 'Virtual terminal' },
    loadChildren: () =>
      import('../features/virtual-terminal/virtual-terminal.routes').then(
        (m) => m.VIRTUAL_TERMINAL_ROUTES,
      ),
  }),
  guardedRoute({
    path: 'transactions',
    title: 'Transactions · MCM Portal',
    nav: { label: 'Transactions' },
    loadChildren: () =>
      import('../features/transactions/transactions.routes').then((m) => m.TRANSACTIONS_ROUTES),
  }),
  guardedRoute({
    path: 'inventory',
    title: 'Inventory · MCM Portal',
    access: { allOf: ['component.access.inventory_management'] },
    nav: { label: 'Inventory' },
    loadChildren: () =>
      import('../features/inventory/inventory.routes').then((m) => m.INVENTORY_ROUTES),
  }),
  guardedRoute({
    path: 'account',
    title: 'Account settings · MCM Portal',
    nav: { label: 'Account settings' },
    loadChildren: () => import('../features/account/account.routes').then((m) => m.ACCOUNT_ROUTES),
  }),
  guardedRoute({
    path: 'admin',
    title: 'Administration · MCM Portal',
    access: { anyOf: ['role:admin', 'role:sys-admin'] },
    nav: { label: 'Administration' },
    loadChildren: () => import('../features/admin/admin.routes').then((m) => m.ADMIN_ROUTES),
  }),
  {
    path: 'forbidden',
    title: 'No access · MCM Portal',
    loadComponent: () => import('./forbidden-page/forbidden-page').then((m) => m.ForbiddenPage),
  },
  {
    path: '**',
    title: 'Page not found · MCM Portal',
    loadComponent: () => import('../not-found-page/not-found-page').then((m) => m.NotFoundPage),
  },
];
