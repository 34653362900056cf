import { postalAddressBody, toPostalAddress } from './postal-address';
import { toUserContact } from './user-contact';

describe('shared vendor shapes', () => {
  it('reads an address as sent and writes it back in the same shape', () => {
    const dto = {
      line1: '24 Sussex Dr',
      line2: 'Unit 2',
      city: 'Ottawa',
      region: 'ON',
      postal_code: 'K1M 1M4',
      country: 'CA',
    };
    const address = toPostalAddress(dto);
    expect(address).toEqual({
      line1: '24 Sussex Dr',
      line2: 'Unit 2',
      city: 'Ottawa',
      region: 'ON',
      postalCode: 'K1M 1M4',
      country: 'CA',
    });
    expect(postalAddressBody(address)).toEqual(dto);
  });

  it('reads a numeric ZIP as its digits and anything else missing as empty', () => {
    expect(toPostalAddress({ postal_code: 62701, city: 7 })).toEqual({
      line1: '',
      line2: '',
      city: '',
      region: '',
      postalCode: '62701',
      country: '',
    });
  });

  it('reads a user’s names and contacts, never anything else', () => {
    const contact = toUserContact({
      user_name: 'jdoe',
      first_name: 'Jane',
      last_name: 'Doe',
      primary_email: 'jane@example.com',
      security_questions: [{ id: '1', question: 'Q', answer: 'secret' }],
      work_phone: 5551234,
    });
    expect(contact).toEqual({
      userName: 'jdoe',
      title: '',
      firstName: 'Jane',
      middleNameInitial: '',
      lastName: 'Doe',
      primaryEmail: 'jane@example.com',
      cellPhone: '',
      workPhone: '',
      otherPhone: '',
    });
    expect(JSON.stringify(contact)).not.toContain('secret');
  });
});
