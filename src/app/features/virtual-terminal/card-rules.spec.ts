import {
  cardDetailsOf,
  cardDigits,
  cardNumberError,
  cvvError,
  detectBrand,
  expiryError,
  luhnValid,
  normalizeExpiry,
  postalCodeError,
} from './card-rules';
import { CardBrand } from './sale.model';

describe('card rules', () => {
  it('passes the Luhn check for the test cards and fails a one-digit typo', () => {
    for (const number of [
      '4111111111111111',
      '5555555555554444',
      '2223003122003222',
      '378282246310005',
      '6011111111111117',
      '4000000000000002',
    ]) {
      expect(luhnValid(number)).withContext(number).toBeTrue();
    }
    expect(luhnValid('4111111111111112')).toBeFalse();
    expect(luhnValid('')).toBeFalse();
    expect(luhnValid('4111-1111')).toBeFalse();
  });

  it('detects the brand from the first digits, as the user types', () => {
    const brands: [string, CardBrand | null][] = [
      ['4', 'Visa'],
      ['51', 'Mastercard'],
      ['2221', 'Mastercard'],
      ['2720', 'Mastercard'],
      ['2721', null],
      ['34', 'Amex'],
      ['37', 'Amex'],
      ['6011', 'Discover'],
      ['65', 'Discover'],
      ['644', 'Discover'],
      ['622126', 'Discover'],
      ['3', null],
      ['1234', null],
    ];
    for (const [digits, brand] of brands) {
      expect(detectBrand(digits)).withContext(digits).toBe(brand);
    }
  });

  it('ignores spaces and hyphens in a typed number', () => {
    expect(cardDigits('4111 1111-1111 1111')).toBe('4111111111111111');
    expect(cardNumberError('4111 1111 1111 1111')).toBeNull();
  });

  it('says what is wrong with a number', () => {
    expect(cardNumberError('')).toBe('Enter the card number.');
    expect(cardNumberError('4111x')).toBe('A card number has digits only.');
    expect(cardNumberError('41111111111')).toBe('A card number has 12 to 19 digits.');
    expect(cardNumberError('9111111111111111')).toContain('not accepted');
    expect(cardNumberError('37828224631000')).toBe('This number has the wrong length for Amex.');
    expect(cardNumberError('4111111111111112')).toBe('Check the card number: it is not valid.');
    expect(cardNumberError('378282246310005')).toBeNull();
  });

  describe('expiry', () => {
    const now = Date.UTC(2026, 10, 25); // November 2026

    it('is MM/YY, valid through the end of its month', () => {
      expect(expiryError('11/26', now)).toBeNull();
      expect(expiryError('10/26', now)).toBe('This card has expired.');
      expect(expiryError('12/30', now)).toBeNull();
      expect(expiryError('', now)).toBe('Enter the expiry date.');
      expect(expiryError('13/30', now)).toBe('Enter the expiry date as MM/YY.');
      expect(expiryError('1/30', now)).toBe('Enter the expiry date as MM/YY.');
    });

    it('is at most 20 years ahead', () => {
      expect(expiryError('11/46', now)).toBeNull();
      expect(expiryError('12/46', now)).toBe('Check the expiry date.');
    });

    it('is sent as MM/YY however it was typed', () => {
      expect(normalizeExpiry('1230')).toBe('12/30');
      expect(normalizeExpiry(' 12 / 30 ')).toBe('12/30');
      expect(normalizeExpiry('12/2030')).toBeNull();
    });
  });

  it('wants 3 CVV digits, 4 on Amex, and only when required may it be empty', () => {
    expect(cvvError('123', 'Visa', true)).toBeNull();
    expect(cvvError('1234', 'Visa', true)).toBe('The security code is 3 digits.');
    expect(cvvError('1234', 'Amex', true)).toBeNull();
    expect(cvvError('123', 'Amex', true)).toBe('The security code is 4 digits.');
    expect(cvvError('', 'Visa', true)).toBe('Enter the security code (CVV).');
    expect(cvvError('', 'Visa', false)).toBeNull();
  });

  it('checks the billing postal code as the WSAPI does', () => {
    expect(postalCodeError('12345', true)).toBeNull();
    expect(postalCodeError('K1A 0B1', true)).toBeNull();
    expect(postalCodeError('12', true)).toContain('3 to 10');
    expect(postalCodeError('', true)).toBe('Enter the billing postal code.');
    expect(postalCodeError('', false)).toBeNull();
  });

  describe('cardDetailsOf', () => {
    const typed = {
      number: '4111 1111-1111 1111',
      expiry: '0931',
      cvv: ' 123 ',
      postalCode: ' 94105 ',
    };

    /** What is always sent: the number's digits and the expiry as MM/YY. */
    const always = { number: '4111111111111111', expiry: '09/31' };

    it('sends the digits, the expiry as MM/YY, and the CVV and postal code when asked for', () => {
      expect(cardDetailsOf(typed, { cvv: true, avs: true })).toEqual({
        ...always,
        cvv: '123',
        postalCode: '94105',
      });
    });

    it('leaves out what the account does not ask for', () => {
      expect(cardDetailsOf(typed, { cvv: false, avs: false })).toEqual(always);
    });

    it('sends an expiry it cannot read as typed, trimmed, for the server to refuse', () => {
      expect(
        cardDetailsOf({ ...typed, expiry: ' 13/99x ' }, { cvv: false, avs: false }).expiry,
      ).toBe('13/99x');
    });
  });
});
