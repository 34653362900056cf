import { Routes } from '@angular/router';
import { provideEffects } from '@ngrx/effects';
import { provideState } from '@ngrx/store';
import { requireFirstLoginStep } from '../../core/access/session-guards';
import { FirstLoginLayout } from './first-login-layout/first-login-layout';
import * as firstLoginEffects from './state/first-login.effects';
import { firstLoginFeature } from './state/first-login.feature';

/**
 * The forced first-login steps (`user.account_flags`), mounted at `/first-login` behind
 * `requireSignedIn`. Each page is open only while its step is pending; `/first-login` itself
 * always redirects: to the first pending step, or (all done) to the `returnUrl`.
 */
export const FIRST_LOGIN_ROUTES: Routes = [
  {
    path: '',
    providers: [provideState(firstLoginFeature), provideEffects(firstLoginEffects)],
    component: FirstLoginLayout,
    children: [
      { path: '', pathMatch: 'full', canActivate: [requireFirstLoginStep(null)], children: [] },
      {
        path: 'password',
        title: 'Change your password · MCM Portal',
        canActivate: [requireFirstLoginStep('password')],
        loadComponent: () =>
          import('./change-password-page/change-password-page').then((m) => m.ChangePasswordPage),
      },
      {
        path: 'terms',
        title: 'Terms and Conditions · MCM Portal',
        canActivate: [requireFirstLoginStep('terms')],
        loadComponent: () => import('./terms-page/terms-page').then((m) => m.TermsPage),
      },
      {
        path: 'email',
        title: 'Confirm your email address · MCM Portal',
        canActivate: [requireFirstLoginStep('email')],
        loadComponent: () =>
          import('./change-email-page/change-email-page').then((m) => m.ChangeEmailPage),
      },
      {
        path: 'security-questions',
        title: 'Security questions · MCM Portal',
        canActivate: [requireFirstLoginStep('security-questions')],
        loadComponent: () =>
          import('./security-questions-page/security-questions-page').then(
            (m) => m.SecurityQuestionsPage,
          ),
      },
    ],
  },
];
