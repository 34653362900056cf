import { signalStore, withComputed } from '@ngrx/signals';
import { OrganizationsApi } from '../organizations-api';
import { withAdminData } from '../paged-store';

/**
 * The merchant whose pages are open (`/admin/merchants/:organizationId/…`), provided by the
 * merchant layout so its overview, users, billing and configuration pages share one read. Each
 * merchant is its own subject: another one's pages never show the previous one.
 */
export const MerchantStore = signalStore(
  withAdminData(
    OrganizationsApi,
    (api, organizationId: string) => api.get(organizationId),
    (organizationId) => organizationId,
  ),
  withComputed(({ data }) => ({ organization: data })),
);
