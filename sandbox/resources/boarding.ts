import type { FastifyInstance } from 'fastify';
import { authOf } from '../access/access-control.ts';
import { ADMIN_ROUTE_CONFIG } from '../access/admin-scope.ts';
import { configFlag, type Configuration } from '../access/configuration.ts';
import type { AuthContext } from '../auth/sessions.ts';
import { formatVendorTimestamp } from '../clock.ts';
import { ApiError, apiErrors } from '../http/errors.ts';
import { WSAPI_ROOT } from '../http/paths.ts';
import type { AdminOrganizationRow } from '../store/admin.ts';
import type { BillingCountry } from '../store/billing.ts';
import type { Processor } from '../store/users.ts';
import { VENDOR_SEED_CONFIGURATION } from '../store/vendor-configuration.data.ts';
import {
  boardingBillingBody,
  validBilling,
  validCountry,
  type BillingBody,
} from './billing.schemas.ts';
import { organizationDetailJson } from './organization.responses.ts';
import { ORGANIZATIONS_URL } from './organizations.ts';
import { closedObject } from '../http/json-schema.ts';

/** The two flags an admin's own organization needs to board submerchants (read per request). */
export const BOARDING_FLAGS = [
  'account.permissions.allow_submerchants',
  'account.permissions.add_submerchant.merchant_portal',
] as const;

const PROCESSOR_PROFILES: ReadonlyMap<string, string> = new Map([
  ['Vantiv', 'vantiv_profile1'],
  ['Moneris', 'moneris_profile1'],
]);
const NAME_MIN_LENGTH = 2;
const NAME_MAX_LENGTH = 100;

const boardingBody = closedObject(
  {
    name: { type: 'string', maxLength: 400 },
    processor: { type: 'string', maxLength: 40 },
    country: { type: 'string', maxLength: 8 },
    parent_organization_id: { type: 'string', pattern: '^[0-9]{1,12}$' },
    billing: boardingBillingBody,
  },
  ['name', 'processor', 'country', 'billing'],
);

interface BoardingBody {
  name: string;
  processor: string;
  country: string;
  parent_organization_id?: string;
  billing: BillingBody;
}

function validOrganizationName(value: string): string {
  const name = value.trim();
  const length = [...name].length;
  if (length < NAME_MIN_LENGTH || length > NAME_MAX_LENGTH || /\p{Cc}/u.test(name)) {
    throw apiErrors.invalidRequest(
      'name',
      `The name must be ${NAME_MIN_LENGTH} to ${NAME_MAX_LENGTH} characters, without control characters.`,
    );
  }
  return name;
}

function nameTaken(): ApiError {
  return new ApiError(409, 'conflict', 'An organization with this name already exists.', 'name');
}

/**
 * [sandbox design] Boarding: `POST /WSAPI/Organizations` creates a merchant with its billing
 * details. A system administrator boards a top-level merchant or a submerchant of any merchant; an
 * administrator only a direct submerchant of their own organization, when its configuration has
 * both `BOARDING_FLAGS` on. Audited (`organization.board`); honours `Idempotency-Key`.
 */
export async function boardingRoutes(app: FastifyInstance): Promise<void> {
  const { db, clock } = app;
  const { admin, boarding, billing } = app.repositories;
  const { idempotency } = app.services;

  /** The parent the new organization goes under (null: top-level), or 403/404/400. */
  const parentFor = (
    context: AuthContext,
    parentId: string | undefined,
  ): AdminOrganizationRow | null => {
    let parent: AdminOrganizationRow | undefined;
    if (context.user.isSysAdmin) {
      if (parentId === undefined) return null;
      parent = admin.findOrganization(parentId);
      if (!parent) throw new ApiError(404, 'not_found', 'The parent organization does not exist.');
    } else {
      const own = context.organization;
      if (parentId !== undefined && parentId !== own.id) {
        throw new ApiError(
          403,
          'forbidden',
          'Administrators can board submerchants of their own organization only.',
        );
      }
      const missing = BOARDING_FLAGS.filter((flag) => !configFlag(own.configuration, flag));
      if (missing.length > 0) {
        throw new ApiError(
          403,
          'forbidden',
          `Your organization may not board submerchants: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} off.`,
        );
      }
      parent = admin.findOrganization(own.id);
      if (!parent) throw apiErrors.notFound();
    }
    if (parent.organization_type !== 'merchant') {
      throw apiErrors.invalidRequest(
        'parent_organization_id',
        'Submerchants can only be boarded under a merchant organization.',
      );
    }
    return parent;
  };

  const board = (context: AuthContext, body: BoardingBody) => {
    const parent = parentFor(context, body.parent_organization_id);
    const name = validOrganizationName(body.name);
    const profile = PROCESSOR_PROFILES.get(body.processor);
    if (profile === undefined) {
      throw apiErrors.invalidRequest('processor', 'The processor must be Vantiv or Moneris.');
    }
    const country = validCountry(body.country, 'country');
    const billingInput = validBilling(body.billing, 'billing.');
    if (billingInput.address.country !== country) {
      throw apiErrors.invalidRequest(
        'billing.address.country',
        `The billing address must be in the organization's country (${country}).`,
      );
    }
    const bankAccount = billingInput.bank_account;
    // The schema requires it already; this narrows the type.
    if (!bankAccount) {
      throw apiErrors.invalidRequest('billing.bank_account', 'billing.bank_account is required.');
    }

    return db.transaction(() => {
      if (boarding.nameTaken(name)) throw nameTaken();
      const now = clock.now();
      const id = boarding.nextOrganizationId();
      const chainId = parent ? parent.chain_id : boarding.nextChainId();
      const processor: Processor = {
        name: body.processor,
        processor_profile: profile,
        date_modified: formatVendorTimestamp(now),
      };
      boarding.insert({
        id,
        parentId: parent?.id ?? null,
        name,
        chainId,
        storeId: parent ? boarding.nextStoreId(chainId) : '1',
        terminalId: '1',
        processor,
        configuration: parent
          ? submerchantConfiguration(boarding.configurationOf(parent.id), country)
          : topLevelConfiguration(country),
      });
      billing.save(id, { ...billingInput, bank_account: bankAccount }, now);
      admin.audit({
        at: now,
        actor_user_id: context.user.id,
        actor_user_name: context.user.userName,
        action: 'organization.board',
        organization_id: id,
        target_user_id: null,
        target_user_name: null,
        details: { name, parent_organization_id: parent?.id ?? null },
      });
      const created = admin.findOrganization(id);
      if (!created) throw apiErrors.internal();
      return { status: 201, body: { organization: organizationDetailJson(created, admin) } };
    })();
  };

  app.post<{ Body: BoardingBody }>(
    ORGANIZATIONS_URL,
    { config: ADMIN_ROUTE_CONFIG, schema: { body: boardingBody } },
    async (request, reply) => {
      const context = authOf(request);
      const result = idempotency.run(request, reply, () => board(context, request.body)) as {
        organization: { organization_id: string };
      };
      reply.header(
        'location',
        `${WSAPI_ROOT}${ORGANIZATIONS_URL}/${result.organization.organization_id}`,
      );
      return result;
    },
  );
}

/**
 * A submerchant copies its parent's configuration, without the right to board its own. Its money
 * follows its own country: a Canadian submerchant of a US merchant sells in CAD with en_CA.
 */
function submerchantConfiguration(parent: Configuration, country: BillingCountry): Configuration {
  const local = COUNTRY_CONFIGURATION[country];
  const sameCurrency =
    JSON.stringify(parent['processing.config.currency']) ===
    JSON.stringify(local['processing.config.currency']);
  return {
    ...parent,
    ...(sameCurrency ? {} : local),
    'account.permissions.allow_submerchants': false,
    'account.permissions.add_submerchant.merchant_portal': false,
  };
}

/** A top-level merchant starts from the vendor's configuration, with its country's currency. */
function topLevelConfiguration(country: BillingCountry): Configuration {
  return { ...VENDOR_SEED_CONFIGURATION, ...COUNTRY_CONFIGURATION[country] };
}

/** Currency and locales by country: the vendor's (USD) in the US; CAD and en_CA in Canada. */
const COUNTRY_CONFIGURATION: Record<BillingCountry, Configuration> = {
  US: {
    'processing.config.currency': VENDOR_SEED_CONFIGURATION['processing.config.currency'],
    'account.locale.available_locales':
      VENDOR_SEED_CONFIGURATION['account.locale.available_locales'],
  },
  CA: {
    'processing.config.currency': { code: 'CAD', iso: 124, symbol: '$' },
    'account.locale.available_locales': 'en_CA',
  },
};
