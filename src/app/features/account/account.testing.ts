import { Address, Profile } from './account.model';

/*
 * Fixtures of the account specs; imported by those specs only (like every *.testing.ts, it is
 * compiled with the specs, never with the app).
 */

/** A US merchant's address, as the portal holds it. */
export const ADDRESS: Address = {
  line1: '1 Main St',
  line2: '',
  city: 'Springfield',
  region: 'IL',
  postalCode: '62701',
  country: 'US',
};

/** The seed merchant's profile, with `changes` over it. */
export function profileFixture(changes: Partial<Profile> = {}): Profile {
  return {
    userName: 'merchant',
    title: 'Owner',
    firstName: 'Morgan',
    middleNameInitial: '',
    lastName: 'Merchant',
    primaryEmail: 'merchant@example.com',
    cellPhone: '1151151155',
    workPhone: '',
    otherPhone: '',
    locale: 'en-US',
    address: ADDRESS,
    ...changes,
  };
}
