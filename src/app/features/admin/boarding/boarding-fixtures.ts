/** Test data: a merchant just boarded under organization 20, as the WSAPI answers it. */
export const BOARDED_DTO = {
  organization_id: '42',
  parent_organization_id: '20',
  name: 'Harbour Bakery',
  organization_type: 'merchant',
  status: 'active',
  chain_id: '700',
  store_id: '3',
  terminal_id: '1',
  processor: { name: 'Moneris', processor_profile: 'moneris_profile1', date_modified: null },
  parent: { organization_id: '20', name: 'Demo Parent Merchant' },
  submerchant_ids: [],
};
