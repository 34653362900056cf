import type { FastifyInstance } from 'fastify';
import { authOf } from '../access/access-control.ts';
import { ADMIN_ROUTE_CONFIG as config, organizationInScope } from '../access/admin-scope.ts';
import { apiErrors } from '../http/errors.ts';
import {
  organizationParams as params,
  type OrganizationParams as Params,
} from './admin.schemas.ts';
import {
  billingBody,
  billingJson,
  changedBillingFields,
  routingNumberValidFor,
  validBilling,
  type BillingBody,
} from './billing.schemas.ts';

const URL = '/Organizations/:organizationId/Billing';

/**
 * [sandbox design] An organization's billing details: contact, address and bank account (only
 * the last four digits of the account number are ever kept). Admins of both roles, for the
 * organizations in their scope; a PUT replaces everything but `bank_account`, which an omitted
 * key leaves as stored (unless the country changes and the stored routing number is not valid
 * for the new one: 400 on `bank_account`, nothing written). Every PUT is audited
 * (`billing.update`, the names of the changed fields).
 */
export async function organizationBillingRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app;
  const { admin, billing } = app.repositories;

  app.get<{ Params: Params }>(URL, { config, schema: { params } }, async (request) => {
    const organization = organizationInScope(authOf(request), admin, request.params.organizationId);
    return { billing: billingJson(organization.id, billing.find(organization.id)) };
  });

  app.put<{ Params: Params; Body: BillingBody }>(
    URL,
    { config, schema: { params, body: billingBody } },
    async (request) => {
      const context = authOf(request);
      const organization = organizationInScope(context, admin, request.params.organizationId);
      const input = validBilling(request.body);
      const saved = db.transaction(() => {
        const current = billing.find(organization.id);
        const stored = current?.bank_account;
        if (
          input.bank_account === undefined &&
          stored &&
          current.address.country !== input.address.country &&
          !routingNumberValidFor(stored.routing_number, input.address.country)
        ) {
          throw apiErrors.invalidRequest(
            'bank_account',
            'The bank account must be entered again when the country changes.',
          );
        }
        const now = clock.now();
        billing.save(
          organization.id,
          { ...input, bank_account: input.bank_account ?? current?.bank_account ?? null },
          now,
        );
        admin.audit({
          at: now,
          actor_user_id: context.user.id,
          actor_user_name: context.user.userName,
          action: 'billing.update',
          organization_id: organization.id,
          target_user_id: null,
          target_user_name: null,
          details: { changed: changedBillingFields(current, input) },
        });
        return billing.find(organization.id);
      })();
      return { billing: billingJson(organization.id, saved) };
    },
  );
}
