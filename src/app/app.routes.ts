import { Routes } from '@angular/router';
import { redirectSignedIn, requireAccess, requireSignedIn } from './core/access/session-guards';
import { SHELL_ROUTES } from './shell/shell.routes';

export const routes: Routes = [
  {
    path: 'login',
    title: 'Sign in · MCM Portal',
    canActivate: [redirectSignedIn],
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
    loadComponent: () => import('./shell/shell-layout/shell-layout').then((m) => m.ShellLayout),
    children: SHELL_ROUTES,
  },
];
