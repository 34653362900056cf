import { loginResponseFixture } from '../../../testing/fixtures/login-response';
import { CONFIG_KEYS, ConfigKey, Configuration, readConfig } from './configuration';

/** The vendor's sample configuration, as sent in the login response. */
const vendor: Configuration = loginResponseFixture.configuration;
const allKeys = Object.keys(CONFIG_KEYS) as ConfigKey[];

const withValue = (key: ConfigKey, value: unknown): Configuration => ({ ...vendor, [key]: value });

describe('readConfig', () => {
  describe("the vendor's sample configuration", () => {
    it('reads a number sent as a string', () => {
      expect(readConfig(vendor, 'security.account_locking.count_memory')).toBe(30);
    });

    it('reads "30" and 30 alike (where the default is not 30)', () => {
      const key = 'processing.config.tax.default';
      expect(readConfig(withValue(key, '30'), key)).toBe(30);
      expect(readConfig(withValue(key, 30), key)).toBe(30);
    });

    it('reads a number sent as a number', () => {
      expect(readConfig(vendor, 'security.account_locking.failed_attempts_limit')).toBe(3);
      expect(readConfig(vendor, 'security.session_timeout.mobile')).toBe(15);
    });

    it('splits a comma-separated list and trims its items', () => {
      expect(readConfig(vendor, 'account.locale.available_locales')).toEqual(['en_US', 'en_CA']);
    });

    it('keeps a list sent as an array', () => {
      expect(readConfig(vendor, 'processing.config.tender_types')).toEqual(['Cash', 'Card']);
    });

    it('reads the currency object', () => {
      expect(readConfig(vendor, 'processing.config.currency')).toEqual({
        code: 'USD',
        iso: 840,
        symbol: '$',
      });
    });

    it('reads strings and true flags', () => {
      expect(readConfig(vendor, 'processing.config.capture_signature')).toBe('Optional');
      expect(readConfig(vendor, 'processing.permissions.refund')).toBeTrue();
      expect(readConfig(vendor, 'component.access.virtual_terminal')).toBeTrue();
    });

    it('gives every known key a value of its documented kind', () => {
      for (const key of allKeys) {
        const value: unknown = readConfig(vendor, key);
        const kind = CONFIG_KEYS[key].kind;
        const ok =
          kind === 'list'
            ? Array.isArray(value)
            : kind === 'currency'
              ? typeof value === 'object' && value !== null
              : typeof value === kind;
        expect(ok)
          .withContext(`${key} (${kind}) read as ${JSON.stringify(value)}`)
          .toBeTrue();
      }
    });
  });

  describe('missing configuration', () => {
    it('reads every key as its documented default when there is no configuration', () => {
      for (const key of allKeys) {
        expect(readConfig(null, key)).withContext(key).toEqual(CONFIG_KEYS[key].default);
      }
    });

    it('reads every key as its documented default when the key is absent', () => {
      for (const key of allKeys) {
        expect(readConfig({}, key)).withContext(key).toEqual(CONFIG_KEYS[key].default);
      }
    });

    it('denies a permission that is not sent', () => {
      expect(readConfig({}, 'processing.permissions.refund')).toBeFalse();
    });

    it('falls back to a 15-minute idle timeout', () => {
      expect(readConfig({}, 'security.session_timeout.mobile')).toBe(15);
    });
  });

  describe('booleans', () => {
    for (const raw of [true, 'true', 1, '1']) {
      it(`reads ${JSON.stringify(raw)} as true`, () => {
        expect(
          readConfig(withValue('processing.permissions.void', raw), 'processing.permissions.void'),
        ).toBeTrue();
      });
    }

    for (const raw of [false, 'false', 0, '0', 'yes', 'TRUE', 2, {}, [], null]) {
      it(`reads ${JSON.stringify(raw)} as false`, () => {
        expect(
          readConfig(withValue('processing.permissions.void', raw), 'processing.permissions.void'),
        ).toBeFalse();
      });
    }
  });

  describe('numbers', () => {
    const key = 'security.session_timeout.mobile';

    it('reads numeric strings, trimming whitespace', () => {
      expect(readConfig(withValue(key, '30'), key)).toBe(30);
      expect(readConfig(withValue(key, ' 5 '), key)).toBe(5);
      expect(readConfig(withValue(key, 30), key)).toBe(30);
    });

    for (const raw of ['', '   ', 'abc', '15 minutes', NaN, Infinity, true, null, [], {}]) {
      it(`reads ${String(raw)} (${typeof raw}) as the default`, () => {
        expect(readConfig(withValue(key, raw), key)).toBe(15);
      });
    }
  });

  describe('strings', () => {
    const key = 'processing.config.capture_signature';

    it('reads a number as its text', () => {
      expect(readConfig(withValue(key, 3), key)).toBe('3');
    });

    it('reads other shapes as the default', () => {
      expect(readConfig(withValue(key, true), key)).toBe('Off');
      expect(readConfig(withValue(key, { value: 'On' }), key)).toBe('Off');
      expect(readConfig(withValue(key, null), key)).toBe('Off');
    });
  });

  describe('lists', () => {
    const key = 'processing.config.tender_types';

    it('drops empty items of a comma-separated list', () => {
      expect(readConfig(withValue(key, 'Cash,, Card ,'), key)).toEqual(['Cash', 'Card']);
    });

    it('keeps only the strings of an array', () => {
      expect(readConfig(withValue(key, ['Cash', 1, null, 'Card']), key)).toEqual(['Cash', 'Card']);
    });

    it('reads a single value as a one-item list', () => {
      expect(readConfig(withValue(key, 'Cash'), key)).toEqual(['Cash']);
    });

    it('reads other shapes as the default empty list', () => {
      expect(readConfig(withValue(key, 5), key)).toEqual([]);
      expect(readConfig(withValue(key, { 0: 'Cash' }), key)).toEqual([]);
    });
  });

  describe('currency', () => {
    const key = 'processing.config.currency';
    const usd = { code: 'USD', iso: 840, symbol: '$' };

    it('reads another valid currency, with its ISO number sent as a string', () => {
      expect(readConfig(withValue(key, { code: 'EUR', iso: '978', symbol: '€' }), key)).toEqual({
        code: 'EUR',
        iso: 978,
        symbol: '€',
      });
    });

    it('uses the code as the symbol when no symbol is sent', () => {
      expect(readConfig(withValue(key, { code: 'CAD', iso: 124 }), key)).toEqual({
        code: 'CAD',
        iso: 124,
        symbol: 'CAD',
      });
    });

    const invalid: [string, unknown][] = [
      ['a lower-case code', { code: 'eur', iso: 978, symbol: '€' }],
      ['a two-letter code', { code: 'EU', iso: 978, symbol: '€' }],
      ['a four-letter code', { code: 'EURO', iso: 978, symbol: '€' }],
      ['a missing code', { iso: 978, symbol: '€' }],
      ['a non-numeric ISO number', { code: 'EUR', iso: 'abc', symbol: '€' }],
      ['a missing ISO number', { code: 'EUR', symbol: '€' }],
      ['a bare code string', 'EUR'],
      ['null', null],
    ];
    for (const [what, raw] of invalid) {
      it(`reads ${what} as the default (USD)`, () => {
        expect(readConfig(withValue(key, raw), key)).toEqual(usd);
      });
    }
  });

  it('does not let one malformed key affect the others', () => {
    const configuration = withValue('security.account_locking.count_memory', 'lots');
    expect(readConfig(configuration, 'security.account_locking.count_memory')).toBe(30);
    expect(readConfig(configuration, 'security.account_locking.failed_attempts_limit')).toBe(3);
  });
});
