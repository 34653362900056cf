import type { FastifyInstance } from 'fastify';
import { authOf, sessionRouteConfig } from '../access/access-control.ts';
import { processorJson } from './organization.responses.ts';

const CURRENT_URL = '/Merchants/Current';

/**
 * Merchants (the vendor's "Retrieve Merchant Information") [sandbox design]: the signed-in user's
 * own organization. An ordinary protected route: while an account action is pending it answers
 * 403 `account_action_required`, like every route outside Authentication and Users.
 */
export async function merchantsRoutes(app: FastifyInstance): Promise<void> {
  app.get(CURRENT_URL, { config: sessionRouteConfig() }, async (request) => {
    const { organization } = authOf(request);
    return {
      organization_id: organization.id,
      parent_organization_id: organization.parentId,
      name: organization.name,
      organization_type: organization.organizationType,
      chain_id: organization.chainId,
      store_id: organization.storeId,
      terminal_id: organization.terminalId,
      processor: processorJson(organization.processor),
    };
  });
}
