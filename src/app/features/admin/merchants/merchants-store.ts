import { signalStore } from '@ngrx/signals';
import { OrganizationQuery, OrganizationsApi } from '../organizations-api';
import { withAdminPage } from '../paged-store';

/** The merchants list: one page of the organizations in the admin's scope, for a search. */
export const MerchantsStore = signalStore(
  withAdminPage(OrganizationsApi, (api, query: OrganizationQuery) => api.list(query)),
);
