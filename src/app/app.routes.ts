import { Routes } from '@angular/router';
import { redirectSignedIn, requireSignedIn } from './core/access/session-guards';

export const routes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'dashboard' },
  {
    path: 'login',
    title: 'Sign in · MCM Portal',
    canActivate: [redirectSignedIn],
    loadComponent: () => import('./core/auth/login-page/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'dashboard',
    title: 'Dashboard · MCM Portal',
    canMatch: [requireSignedIn],
    loadComponent: () => import('./features/dashboard/dashboard-page').then((m) => m.DashboardPage),
  },
  {
    path: '**',
    title: 'Page not found · MCM Portal',
    loadComponent: () => import('./not-found-page/not-found-page').then((m) => m.NotFoundPage),
  },
];
