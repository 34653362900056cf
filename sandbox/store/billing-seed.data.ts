import type { BillingDetails } from './billing.ts';

/**
 * [sandbox design] Billing records of the seeded organizations (migration 5). Phone numbers are in
 * the fictional 555-01xx range; routing numbers are real public ones (valid ABA checksums for the
 * US, the Canadian electronic format `0` + institution + transit for org 30); account numbers are
 * never stored, only a made-up last four. Org 1 has no bank account (null).
 */
export const SEED_BILLING: readonly (BillingDetails & { organizationId: string })[] = [
  {
    organizationId: '1',
    contact_name: 'Morgan Ellis',
    email: 'billing@mcm-operations.example',
    phone: '+1 404 555 0100',
    address: {
      line1: '1 Peachtree Center',
      line2: 'Suite 400',
      city: 'Atlanta',
      region: 'GA',
      postal_code: '30303',
      country: 'US',
    },
    bank_account: null,
  },
  {
    organizationId: '8',
    contact_name: 'Dana Whitfield',
    email: 'billing@demo-merchant.example',
    phone: '+1 617 555 0134',
    address: {
      line1: '100 Federal Street',
      line2: '',
      city: 'Boston',
      region: 'MA',
      postal_code: '02110',
      country: 'US',
    },
    bank_account: {
      account_holder: 'Demo Merchant LLC',
      routing_number: '011000015',
      account_last4: '6789',
    },
  },
  {
    organizationId: '20',
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
  },
  {
    organizationId: '21',
    contact_name: 'Luis Ortega',
    email: 'billing@demo-submerchant.example',
    phone: '(718) 555-0142',
    address: {
      line1: '48 Atlantic Avenue',
      line2: '',
      city: 'Brooklyn',
      region: 'NY',
      postal_code: '11201',
      country: 'US',
    },
    bank_account: {
      account_holder: 'Demo Submerchant LLC',
      routing_number: '026009593',
      account_last4: '1122',
    },
  },
  {
    organizationId: '30',
    contact_name: 'Émilie Tremblay',
    email: 'billing@demo-canadian.example',
    phone: '+1 416 555 0177',
    address: {
      line1: '200 King Street West',
      line2: 'Unit 1500',
      city: 'Toronto',
      region: 'ON',
      postal_code: 'M5H 3T4',
      country: 'CA',
    },
    bank_account: {
      account_holder: 'Demo Canadian Merchant Ltd.',
      routing_number: '000300012',
      account_last4: '5566',
    },
  },
];
