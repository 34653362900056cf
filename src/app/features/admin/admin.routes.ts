import { Routes } from '@angular/router';
import { guardedRoute } from '../../core/access/route-access';
import { confirmLeavingUnsavedChanges } from '../../shared/forms/unsaved-changes';
import { AdminLayout } from './admin-layout';
import { AuditLogPage } from './audit-log/audit-log-page';
import { BOARDING_ACCESS } from './boarding/boarding-access';
import { MerchantLayout } from './merchant/merchant-layout';
import { MerchantOverview } from './merchant/merchant-overview';
import { MerchantsPage } from './merchants/merchants-page';

/**
 * `/admin` (for `is_admin` and `is_sys_admin`, checked by the shell's route): merchants in the
 * signed-in admin's scope, one merchant's overview, users, billing and configuration, boarding,
 * and the audit log. The WSAPI enforces the same scope; these routes only decide what to show.
 */
export const ADMIN_ROUTES: Routes = [
  {
    path: '',
    component: AdminLayout,
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'merchants' },
      { path: 'merchants', title: 'Merchants · MCM Portal', component: MerchantsPage },
      guardedRoute({
        path: 'merchants/new',
        title: 'Board a merchant · MCM Portal',
        access: BOARDING_ACCESS,
        canDeactivate: [confirmLeavingUnsavedChanges],
        loadComponent: () => import('./boarding/boarding-page').then((m) => m.BoardingPage),
      }),
      {
        path: 'merchants/:organizationId',
        component: MerchantLayout,
        children: [
          { path: '', title: 'Merchant · MCM Portal', component: MerchantOverview },
          {
            path: 'users',
            title: 'Merchant users · MCM Portal',
            canDeactivate: [confirmLeavingUnsavedChanges],
            loadComponent: () =>
              import('./users/organization-users-page').then((m) => m.OrganizationUsersPage),
          },
          {
            path: 'billing',
            title: 'Merchant billing · MCM Portal',
            canDeactivate: [confirmLeavingUnsavedChanges],
            loadComponent: () => import('./billing/billing-page').then((m) => m.BillingPage),
          },
          {
            path: 'configuration',
            title: 'Merchant configuration · MCM Portal',
            loadComponent: () =>
              import('./configuration/configuration-page').then((m) => m.ConfigurationPage),
          },
        ],
      },
      { path: 'audit-log', title: 'Audit log · MCM Portal', component: AuditLogPage },
    ],
  },
];
