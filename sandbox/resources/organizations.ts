import type { FastifyInstance } from 'fastify';
import { authOf } from '../access/access-control.ts';
import {
  ADMIN_ROUTE_CONFIG as config,
  organizationInScope,
  organizationScope,
} from '../access/admin-scope.ts';
import { registerMethodNotAllowed } from '../http/method-not-allowed.ts';
import { pageJson, paging, type PagingQuery } from '../http/paging.ts';
import type { AdminRepository } from '../store/admin.ts';
import {
  organizationParams,
  organizationsQuery,
  type OrganizationParams,
} from './admin.schemas.ts';
import { organizationDetailJson, organizationJson } from './organization.responses.ts';

/**
 * The admin area's organizations: `GET /WSAPI/Organizations` (the caller's scope, paged, `q`
 * searches) and `GET /WSAPI/Organizations/{id}`. Boarding (`POST`) is in boarding.ts.
 */
export const ORGANIZATIONS_URL = '/WSAPI/Organizations';
const ORGANIZATION_URL = '/WSAPI/Organizations/:organizationId';

export function registerOrganizations(app: FastifyInstance, admin: AdminRepository): void {
  app.get<{ Querystring: PagingQuery & { q?: string } }>(
    ORGANIZATIONS_URL,
    { config, schema: { querystring: organizationsQuery }, exposeHeadRoute: false },
    async (request) => {
      const context = authOf(request);
      const page = paging(request.query);
      const q = request.query.q?.trim() || undefined;
      const { rows, total } = admin.listOrganizations(
        organizationScope(context, admin),
        q,
        page.pageSize,
        page.offset,
      );
      return { organizations: rows.map(organizationJson), ...pageJson(page, total) };
    },
  );

  app.get<{ Params: OrganizationParams }>(
    ORGANIZATION_URL,
    { config, schema: { params: organizationParams }, exposeHeadRoute: false },
    async (request) => {
      const context = authOf(request);
      const organization = organizationInScope(context, admin, request.params.organizationId);
      return organizationDetailJson(organization, admin);
    },
  );

  // POST (boarding) lives in resources/boarding.ts.
  registerMethodNotAllowed(app, ORGANIZATIONS_URL, ['GET', 'POST']);
  registerMethodNotAllowed(app, ORGANIZATION_URL, ['GET']);
}
