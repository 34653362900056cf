import { formatMoney, formatPercent, minorDigits, parseMoney } from './money';
import { PercentagePipe } from './percent.pipe';

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

  it('writes a negative amount with Intl’s minus sign for the locale (the hyphen in en-US, en-CA)', () => {
    for (const [currency, locale] of [
      ['USD', 'en-US'],
      ['CAD', 'en-CA'],
      ['CAD', 'fr-CA'],
    ]) {
      const intl = new Intl.NumberFormat(locale, {
        style: 'currency',
        currency,
        signDisplay: 'always',
      })
        .formatToParts(-1.5)
        .find((part) => part.type === 'minusSign')?.value;
      expect(formatMoney(-150, currency, locale).includes(intl!))
        .withContext(locale)
        .toBeTrue();
    }
    expect(formatMoney(-150, 'USD', 'en-US')).toBe('-$1.50');
    expect(formatMoney(-150, 'CAD', 'en-CA')).toBe('-$1.50');
    expect(formatMoney(-150, 'USD', 'en-US')).not.toContain('\u2212');
    expect(formatMoney(-0, 'USD', 'en-US')).toBe('$0.00');
  });

  it('writes a percent one way, as Intl does for the locale', () => {
    expect(formatPercent(8.25, 'en-US')).toBe('8.25%');
    expect(formatPercent(8.25, 'en-CA')).toBe('8.25%');
    // fr-CA puts a no-break space before the sign (which one depends on the ICU version).
    expect(formatPercent(8.25, 'fr-CA').replace(/\s/gu, ' ')).toBe('8,25 %');
    expect(formatPercent(0.125, 'en-US')).toBe('0.125%');
    expect(formatPercent(8, 'en-US')).toBe('8%');
    expect(formatPercent(100 / 3, 'en-US', 0)).toBe('33%');
    expect(formatPercent(-2.5, 'en-US')).toBe('-2.5%');
    expect(formatPercent(8.25, 'not a locale')).toBe('8.25%');
    const pipe = new PercentagePipe();
    expect(pipe.transform(8.25, 'en-US')).toBe('8.25%');
    expect(pipe.transform(null, 'en-US')).toBe('');
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
