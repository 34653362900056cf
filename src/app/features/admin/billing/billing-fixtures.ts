/** Test data: the seed's billing record of organization 20, as the WSAPI sends it. */
export const BILLING_DTO = {
  organization_id: '20',
  contact_name: 'Priya Raman',
  email: 'billing@demo-parent.example',
  phone: '+1 212 555 0188',
  address: {
    line1: '250 Park Avenue South',
    line2: 'Floor 7',
    city: 'New York',
    region: 'NY',
    postal_code: '10003',
    country: 'US',
  },
  bank_account: {
    account_holder: 'Demo Parent Merchant Inc.',
    routing_number: '021000021',
    account_last4: '4321',
  },
  updated_at: '20261124153000',
};
