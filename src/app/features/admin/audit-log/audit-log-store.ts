import { signalStore } from '@ngrx/signals';
import { OrganizationsApi, PageRequest } from '../organizations-api';
import { withAdminPage } from '../paged-store';

/** One page of the audit log (newest first), in the admin's scope. */
export const AuditLogStore = signalStore(
  withAdminPage(OrganizationsApi, (api, request: PageRequest) => api.auditLog(request)),
);
