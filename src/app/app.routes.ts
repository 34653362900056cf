import { Routes } from '@angular/router';
import { redirectSignedIn, requireAccess, requireSignedIn } from './core/access/session-guards';
import { PREFETCH_SIGNED_IN_AREA } from './core/auth/login-page/prefetch-signed-in-area';
import { SHELL_ROUTES, loadDashboardPage } from './shell/shell.routes';

const loadShellLayout = () =>
  import('./shell/shell-layout/shell-layout').then((m) => m.ShellLayout);

let prefetchStarted = false;

/**
 * Loads the signed-in layout and the dashboard ahead of need, once, while the user types on the
 * sign-in page: after "Sign in" the only request is the sign-in itself. The routes use the very
 * same modules, so they find them already loaded. Failures are ignored: the router will try again.
 */
function prefetchSignedInArea(): void {
  if (prefetchStarted) return;
  prefetchStarted = true;
  void Promise.all([loadShellLayout(), loadDashboardPage()]).catch(() => (prefetchStarted = false));
}

export const routes: Routes = [
  {
    path: 'login',
    title: 'Sign in · MCM Portal',
    canActivate: [redirectSignedIn],
    providers: [{ provide: PREFETCH_SIGNED_IN_AREA, useValue: prefetchSignedInArea }],
    loadComponent: () => import('./core/auth/login-page/login-page').then((m) => m.LoginPage),
  },
  {
    // The forced first-login flows: reachable while signed in, whatever the account flags say.
    path: 'first-login',
    canMatch: [requireSignedIn],
    loadChildren: () =>
      import('./features/first-login/first-login.routes').then((m) => m.FIRST_LOGIN_ROUTES),
  },
  {
    // Everything else is the signed-in area: its guard sends signed-out users to /login first.
    path: '',
    canMatch: [requireAccess],
    loadComponent: loadShellLayout,
    children: SHELL_ROUTES,
  },
];
