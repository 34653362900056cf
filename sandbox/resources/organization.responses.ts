import type { AdminOrganizationRow, AdminRepository } from '../store/admin.ts';
import type { Processor } from '../store/users.ts';

/** An organization's processor as the vendor writes it (its three keys), or null. */
export function processorJson(processor: Processor | null) {
  return processor
    ? {
        name: processor.name,
        processor_profile: processor.processor_profile,
        date_modified: processor.date_modified,
      }
    : null;
}

/** `org` of the admin area: a list row of `GET /WSAPI/Organizations`. */
export function organizationJson(organization: AdminOrganizationRow) {
  return {
    organization_id: organization.id,
    parent_organization_id: organization.parent_id,
    name: organization.name,
    organization_type: organization.organization_type,
    status: organization.status,
    chain_id: organization.chain_id,
    store_id: organization.store_id,
    terminal_id: organization.terminal_id,
    processor: processorJson(organization.processor),
  };
}

/** `GET /WSAPI/Organizations/{id}` (and boarding's `organization`): `org` + parent + children. */
export function organizationDetailJson(organization: AdminOrganizationRow, admin: AdminRepository) {
  const parent = organization.parent_id ? admin.findOrganization(organization.parent_id) : null;
  return {
    ...organizationJson(organization),
    parent: parent ? { organization_id: parent.id, name: parent.name } : null,
    submerchant_ids: admin.childIds(organization.id),
  };
}
