import { AccessRequirement } from '../../../core/access/permissions';

/**
 * Who may open boarding (the route and the merchants list's link): an organization allowed to add
 * submerchants from the portal, and a sys admin or an organization that may have submerchants.
 * The WSAPI decides for real (a sys admin boards anywhere; an admin needs both flags on their own
 * organization), so this only keeps the link from leading to a page that must refuse.
 */
export const BOARDING_ACCESS: AccessRequirement = {
  allOf: ['account.permissions.add_submerchant.merchant_portal'],
  anyOf: ['role:sys-admin', 'account.permissions.allow_submerchants'],
};
