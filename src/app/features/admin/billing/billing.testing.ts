import { Billing } from './billing.model';

/** Test data: the seed's billing record of organization 20 (`BILLING_DTO`) as the portal reads it. */
export const BILLING: Billing = {
  organizationId: '20',
  contactName: 'Priya Raman',
  email: 'billing@demo-parent.example',
  phone: '+1 212 555 0188',
  address: {
    line1: '250 Park Avenue South',
    line2: 'Floor 7',
    city: 'New York',
    region: 'NY',
    postalCode: '10003',
    country: 'US',
  },
  bankAccount: {
    accountHolder: 'Demo Parent Merchant Inc.',
    routingNumber: '021000021',
    accountLast4: '4321',
  },
  updatedAt: null,
};
