import type { FastifyInstance } from 'fastify';
import { authOf } from '../access/access-control.ts';
import {
  ADMIN_ROUTE_CONFIG as config,
  organizationInScope,
  organizationScope,
} from '../access/admin-scope.ts';
import { pageJson, paging, type PagingQuery } from '../http/paging.ts';
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
export const ORGANIZATIONS_URL = '/Organizations';
const ORGANIZATION_URL = '/Organizations/:organizationId';

export async function organizationsRoutes(app: FastifyInstance): Promise<void> {
  const { admin } = app.repositories;
  app.get<{ Querystring: PagingQuery & { q?: string } }>(
    ORGANIZATIONS_URL,
    { config, schema: { querystring: organizationsQuery } },
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
    { config, schema: { params: organizationParams } },
    async (request) => {
      const context = authOf(request);
      const organization = organizationInScope(context, admin, request.params.organizationId);
      return organizationDetailJson(organization, admin);
    },
  );
}
