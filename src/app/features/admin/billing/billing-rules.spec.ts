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

/** `rule` says true of every value in `taken` and false of every value in `refused`. */
function expectRule(
  rule: (value: string) => boolean,
  taken: readonly string[],
  refused: readonly string[],
): void {
  for (const value of taken) expect(rule(value)).withContext(`“${value}”`).toBeTrue();
  for (const value of refused) expect(rule(value)).withContext(`“${value}”`).toBeFalse();
}

describe('billing rules (as the WSAPI checks them)', () => {
  it('accepts US routing numbers whose ABA checksum holds', () => {
    // 3·(0+0+0) + 7·(1+0+1) + (1+0+5) = 20
    expectRule(isAbaRoutingNumber, ['011000015', '021000021', '121000358'], []);
  });

  it('refuses US routing numbers with a wrong check digit or not 9 digits', () => {
    expectRule(
      isAbaRoutingNumber,
      [],
      ['011000016', '021000012', '01100001', '0110000150', '01100001a', ''],
    );
  });

  it('checks the routing number by country: Canada is 9 digits starting with 0', () => {
    const inCanada = (value: string) => isRoutingNumber(value, 'CA');
    expectRule(inCanada, ['000112345', ' 000112345 '], ['100112345', '00011234']);
    // The same number fails the US checksum; a valid ABA number not starting with 0 fails in CA.
    expect(isRoutingNumber('000112345', 'US')).toBeFalse();
    expectRule(inCanada, ['011000015'], ['121000358']);
  });

  it('checks postal codes per country', () => {
    expectRule(
      (value) => isPostalCode(value, 'US'),
      ['10003', '10003-1234', ' 10003 '],
      ['1000', '10003-12', 'K1A 0B1'],
    );
    expectRule((value) => isPostalCode(value, 'CA'), ['K1A 0B1', 'k1a0b1'], ['K1A  0B1', '10003']);
  });

  it('takes phone numbers of 7–20 digits, spaces and + - ( ) ., with at least 7 digits', () => {
    expectRule(
      isPhone,
      ['+1 212 555 0188', '(212) 555-0188', '555.0188', '5550188'],
      [
        '555-018', // 6 digits
        '+1 (2) 3-4.5', // 5 digits
        '212 555 0188 ext 5',
        '+1 212 555 0188 00 00', // 21 characters
      ],
    );
  });

  it('takes email addresses like a user’s primary email', () => {
    expectRule(
      isEmail,
      ['billing@example.com', ' billing@example.co.uk '],
      ['billing@example', 'bill ing@example.com', 'a@b@example.com', 'billing@example.'],
    );
  });

  it('takes account numbers of 4 to 17 digits', () => {
    expectRule(
      isAccountNumber,
      ['1234', '12345678901234567'],
      ['123', '123456789012345678', '1234-5678'],
    );
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
