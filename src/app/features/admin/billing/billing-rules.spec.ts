import { FormControl } from '@angular/forms';
import {
  isAbaRoutingNumber,
  isAccountNumber,
  isPhone,
  isPostalCode,
  isRoutingNumber,
  textRule,
} from './billing-rules';
import { isEmail } from '../../../shared/forms/email-address';

describe('billing rules (as the WSAPI checks them)', () => {
  it('accepts US routing numbers whose ABA checksum holds', () => {
    // 3·(0+0+0) + 7·(1+0+1) + (1+0+5) = 20
    expect(isAbaRoutingNumber('011000015')).toBeTrue();
    expect(isAbaRoutingNumber('021000021')).toBeTrue();
    expect(isAbaRoutingNumber('121000358')).toBeTrue();
  });

  it('refuses US routing numbers with a wrong check digit or not 9 digits', () => {
    expect(isAbaRoutingNumber('011000016')).toBeFalse();
    expect(isAbaRoutingNumber('021000012')).toBeFalse();
    expect(isAbaRoutingNumber('01100001')).toBeFalse();
    expect(isAbaRoutingNumber('0110000150')).toBeFalse();
    expect(isAbaRoutingNumber('01100001a')).toBeFalse();
    expect(isAbaRoutingNumber('')).toBeFalse();
  });

  it('checks the routing number by country: Canada is 9 digits starting with 0', () => {
    expect(isRoutingNumber('000112345', 'CA')).toBeTrue();
    expect(isRoutingNumber(' 000112345 ', 'CA')).toBeTrue();
    expect(isRoutingNumber('100112345', 'CA')).toBeFalse();
    expect(isRoutingNumber('00011234', 'CA')).toBeFalse();
    // The same number fails the US checksum; a valid ABA number not starting with 0 fails in CA.
    expect(isRoutingNumber('000112345', 'US')).toBeFalse();
    expect(isRoutingNumber('121000358', 'CA')).toBeFalse();
    expect(isRoutingNumber('011000015', 'CA')).toBeTrue();
  });

  it('checks postal codes per country', () => {
    expect(isPostalCode('10003', 'US')).toBeTrue();
    expect(isPostalCode('10003-1234', 'US')).toBeTrue();
    expect(isPostalCode(' 10003 ', 'US')).toBeTrue();
    expect(isPostalCode('1000', 'US')).toBeFalse();
    expect(isPostalCode('10003-12', 'US')).toBeFalse();
    expect(isPostalCode('K1A 0B1', 'US')).toBeFalse();
    expect(isPostalCode('K1A 0B1', 'CA')).toBeTrue();
    expect(isPostalCode('k1a0b1', 'CA')).toBeTrue();
    expect(isPostalCode('K1A  0B1', 'CA')).toBeFalse();
    expect(isPostalCode('10003', 'CA')).toBeFalse();
  });

  it('takes phone numbers of 7–20 digits, spaces and + - ( ) ., with at least 7 digits', () => {
    expect(isPhone('+1 212 555 0188')).toBeTrue();
    expect(isPhone('(212) 555-0188')).toBeTrue();
    expect(isPhone('555.0188')).toBeTrue();
    expect(isPhone('5550188')).toBeTrue();
    expect(isPhone('555-018')).toBeFalse(); // 6 digits
    expect(isPhone('+1 (2) 3-4.5')).toBeFalse(); // 5 digits
    expect(isPhone('212 555 0188 ext 5')).toBeFalse();
    expect(isPhone('+1 212 555 0188 00 00')).toBeFalse(); // 21 characters
  });

  it('takes email addresses like a user’s primary email', () => {
    expect(isEmail('billing@example.com')).toBeTrue();
    expect(isEmail(' billing@example.co.uk ')).toBeTrue();
    expect(isEmail('billing@example')).toBeFalse();
    expect(isEmail('bill ing@example.com')).toBeFalse();
    expect(isEmail('a@b@example.com')).toBeFalse();
    expect(isEmail('billing@example.')).toBeFalse();
  });

  it('takes account numbers of 4 to 17 digits', () => {
    expect(isAccountNumber('1234')).toBeTrue();
    expect(isAccountNumber('12345678901234567')).toBeTrue();
    expect(isAccountNumber('123')).toBeFalse();
    expect(isAccountNumber('123456789012345678')).toBeFalse();
    expect(isAccountNumber('1234-5678')).toBeFalse();
  });

  it('checks trimmed text lengths in characters, and control characters', () => {
    const rule = textRule(1, 5);
    const check = (value: string) => rule(new FormControl(value));
    expect(check('   ')).toEqual({ required: true });
    expect(check(' abcde ')).toBeNull();
    expect(check('abcdef')).toEqual({ maxlength: { max: 5 } });
    expect(check('😀😀😀😀😀')).toBeNull();
    expect(check('a\tb')).toEqual({ controlCharacters: true });
    expect(textRule(0, 5)(new FormControl(''))).toBeNull();
    expect(textRule(2, 5)(new FormControl('a'))).toEqual({ minlength: { min: 2 } });
  });
});
