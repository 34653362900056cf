import { isPostalCode } from './address-rules';

describe('address rules', () => {
  it('checks US and Canadian postal codes as the WSAPI does', () => {
    expect(isPostalCode('62701', 'US')).toBeTrue();
    expect(isPostalCode('62701-1234', 'us')).toBeTrue();
    expect(isPostalCode('6270', 'US')).toBeFalse();
    expect(isPostalCode('M5J 2N8', 'CA')).toBeTrue();
    expect(isPostalCode('m5j2n8', 'CA')).toBeTrue();
    expect(isPostalCode('62701', 'CA')).toBeFalse();
  });

  it('takes 3 to 10 letters, digits and spaces elsewhere', () => {
    expect(isPostalCode('SW1A 1AA', 'GB')).toBeTrue();
    expect(isPostalCode('1', 'GB')).toBeFalse();
    expect(isPostalCode('12345678901', 'DE')).toBeFalse();
  });
});
