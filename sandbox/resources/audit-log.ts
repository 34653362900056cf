import type { FastifyInstance } from 'fastify';
import { authOf } from '../access/access-control.ts';
import { ADMIN_ROUTE_CONFIG as config, organizationScope } from '../access/admin-scope.ts';
import { formatVendorTimestamp } from '../clock.ts';
import { pageJson, paging, type PagingQuery } from '../http/paging.ts';
import type { AuditEntry } from '../store/audit-log.ts';
import { pagingQuery } from './admin.schemas.ts';

/**
 * `GET /WSAPI/AuditLog`: the admin area's audit log, paged, limited to the caller's scope.
 * The entries are written by the admin routes that change something (users, configuration,
 * billing, boarding).
 */
const AUDIT_URL = '/AuditLog';

function auditJson(entry: AuditEntry) {
  return {
    id: entry.id,
    at: formatVendorTimestamp(entry.at),
    actor: { user_id: entry.actor_user_id, user_name: entry.actor_user_name },
    action: entry.action,
    organization_id: entry.organization_id,
    target_user: entry.target_user_id
      ? { user_id: entry.target_user_id, user_name: entry.target_user_name }
      : null,
    details: entry.details,
  };
}

export async function auditLogRoutes(app: FastifyInstance): Promise<void> {
  const { admin } = app.repositories;
  app.get<{ Querystring: PagingQuery }>(
    AUDIT_URL,
    { config, schema: { querystring: pagingQuery } },
    async (request) => {
      const context = authOf(request);
      const page = paging(request.query);
      const { rows, total } = admin.listAudit(
        organizationScope(context, admin),
        page.pageSize,
        page.offset,
      );
      return { entries: rows.map(auditJson), ...pageJson(page, total) };
    },
  );
}
