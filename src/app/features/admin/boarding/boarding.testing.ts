/** Test data: the Canadian merchant's billing address as boarding sends it (WSAPI names). */
export const HARBOUR_ADDRESS_BODY = {
  line1: '1 Front Street W',
  line2: '',
  city: 'Toronto',
  region: 'ON',
  postal_code: 'M5J 2N8',
  country: 'CA',
};

/** Test data: the Canadian merchant's new bank account as boarding sends it (WSAPI names). */
export const HARBOUR_BANK_ACCOUNT_BODY = {
  account_holder: 'Harbour Bakery Inc.',
  routing_number: '000112345',
  account_number: '98765432',
};
