import { ConfigurationMap } from './configuration-api';
import { formatValue, groupConfiguration, kindOf } from './configuration-groups';

const CONFIGURATION: ConfigurationMap = {
  'security.session_timeout.mobile': 15,
  'branding.theme': 'default',
  'processing.config.tip': true,
  'component.access.virtual_terminal': true,
  'account.permissions.change_name': false,
  'processing.permissions.void': true,
  'component.access.inventory_management': false,
  'processing.config.currency': { code: 'USD', iso: 840, symbol: '$' },
  'processing.config.avs': false,
  'processing.receipt.show_tax': true,
  'security.account_locking.count_memory': '30',
  'account.locale.available_locales': 'en_US, en_CA',
  'processing.config.tender_types': ['Cash', 'Card'],
};

describe('groupConfiguration', () => {
  it('groups by prefix in the fixed order, "Other" last, each sorted by key', () => {
    const groups = groupConfiguration(CONFIGURATION);
    expect<unknown>(
      groups.map((group) => [group.label, group.entries.map((entry) => entry.key)]),
    ).toEqual([
      [
        'Feature access',
        ['component.access.inventory_management', 'component.access.virtual_terminal'],
      ],
      ['Processing permissions', ['processing.permissions.void']],
      [
        'Processing settings',
        [
          'processing.config.avs',
          'processing.config.currency',
          'processing.config.tender_types',
          'processing.config.tip',
        ],
      ],
      ['Account permissions', ['account.permissions.change_name']],
      ['Security', ['security.account_locking.count_memory', 'security.session_timeout.mobile']],
      [
        'Other',
        ['account.locale.available_locales', 'branding.theme', 'processing.receipt.show_tax'],
      ],
    ]);
  });

  it('names an entry by what follows its prefix; in "Other" by its whole key', () => {
    const groups = groupConfiguration(CONFIGURATION);
    expect<unknown>(groups[0].entries.map((entry) => entry.name)).toEqual([
      'inventory_management',
      'virtual_terminal',
    ]);
    expect<unknown>(groups[4].entries.map((entry) => entry.name)).toEqual([
      'account_locking.count_memory',
      'session_timeout.mobile',
    ]);
    expect<unknown>(groups[5].entries[1].name).toBe('branding.theme');
  });

  it('leaves empty groups out; a key equal to a prefix or merely sharing its start is "Other"', () => {
    const groups = groupConfiguration({
      security: true,
      'securityx.flag': true,
      'component.access.virtual_terminal': false,
    });
    expect<unknown>(groups.map((group) => group.prefix)).toEqual(['component.access', '']);
    expect<unknown>(groups[1].entries.map((entry) => entry.key)).toEqual([
      'security',
      'securityx.flag',
    ]);
  });

  it('is empty for an empty map', () => {
    expect<unknown>(groupConfiguration({})).toEqual([]);
  });

  it('tells each entry’s kind and readable value', () => {
    const entries = groupConfiguration(CONFIGURATION).flatMap((group) => group.entries);
    const byKey = new Map(entries.map((entry) => [entry.key, entry]));
    expect<unknown>(byKey.get('component.access.virtual_terminal')).toEqual(
      jasmine.objectContaining({ kind: 'boolean', display: 'On' }),
    );
    expect<unknown>(byKey.get('security.account_locking.count_memory')).toEqual(
      jasmine.objectContaining({ kind: 'string', display: '30' }),
    );
    expect<unknown>(byKey.get('processing.config.currency')).toEqual(
      jasmine.objectContaining({ kind: 'object', display: 'code: USD, iso: 840, symbol: $' }),
    );
    expect<unknown>(byKey.get('processing.config.tender_types')).toEqual(
      jasmine.objectContaining({ kind: 'list', display: 'Cash, Card' }),
    );
  });
});

describe('formatValue', () => {
  it('says On/Off for booleans and shows strings and numbers as they are', () => {
    expect(formatValue(true)).toBe('On');
    expect(formatValue(false)).toBe('Off');
    expect(formatValue('en_US, en_CA')).toBe('en_US, en_CA');
    expect(formatValue('30')).toBe('30');
    expect(formatValue(2.5)).toBe('2.5');
    expect(formatValue(0)).toBe('0');
  });

  it('names empty and missing values rather than showing nothing', () => {
    expect(formatValue('')).toBe('Empty');
    expect(formatValue(null)).toBe('Not set');
    expect(formatValue(undefined)).toBe('Not set');
    expect(formatValue([])).toBe('None');
    expect(formatValue({})).toBe('None');
  });

  it('shows objects as compact key: value pairs, nested values as compact JSON', () => {
    expect(formatValue({ code: 'CAD', iso: 124, symbol: '$' })).toBe(
      'code: CAD, iso: 124, symbol: $',
    );
    expect(formatValue({ enabled: false, limits: { max: 5 } })).toBe(
      'enabled: Off, limits: {"max":5}',
    );
  });
});

describe('kindOf', () => {
  it('tells lists from objects and null from both', () => {
    expect(kindOf([1])).toBe('list');
    expect(kindOf({ a: 1 })).toBe('object');
    expect(kindOf(null)).toBe('none');
    expect(kindOf('1')).toBe('string');
    expect(kindOf(1)).toBe('number');
  });
});
