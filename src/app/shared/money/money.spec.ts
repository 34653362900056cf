import { formatMoney, minorDigits, parseMoney } from './money';

describe('money', () => {
  it('knows how many minor digits a currency has', () => {
    expect(minorDigits('USD')).toBe(2);
    expect(minorDigits('CAD')).toBe(2);
    expect(minorDigits('JPY')).toBe(0);
  });

  it('formats minor units exactly in the user locale and currency', () => {
    expect(formatMoney(1234, 'USD', 'en-US')).toBe('$12.34');
    expect(formatMoney(123456789, 'USD', 'en-US')).toBe('$1,234,567.89');
    expect(formatMoney(-505, 'USD', 'en-US')).toBe('-$5.05');
    expect(formatMoney(1234, 'CAD', 'en-CA')).toBe('$12.34');
    expect(formatMoney(1234, 'CAD', 'en-US')).toBe('CA$12.34');
    expect(formatMoney(1, 'USD', 'en-US')).toBe('$0.01');
  });

  it('never goes through a float: 0.1 + 0.2 style amounts stay exact', () => {
    expect(formatMoney(30, 'USD', 'en-US')).toBe('$0.30');
    expect(formatMoney(900719925474099, 'USD', 'en-US')).toBe('$9,007,199,254,740.99');
  });

  it('parses typed amounts into minor units', () => {
    expect(parseMoney('12', 'USD')).toBe(1200);
    expect(parseMoney('12.3', 'USD')).toBe(1230);
    expect(parseMoney(' 12.34 ', 'USD')).toBe(1234);
    expect(parseMoney('12,34', 'USD')).toBe(1234);
    expect(parseMoney('0.01', 'USD')).toBe(1);
    expect(parseMoney('12.', 'USD')).toBe(1200);
  });

  it('refuses what is not an amount', () => {
    for (const text of ['', 'abc', '-1', '12.345', '1e3', '1 000', '12.3.4', '9999999999']) {
      expect(parseMoney(text, 'USD')).withContext(text).toBeNull();
    }
  });
});
