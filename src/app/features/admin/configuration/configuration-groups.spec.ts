import { ConfigurationMap } from './configuration-api';
import { formatValue, groupConfiguration, kindOf } from './configuration-groups';
import { CONFIGURATION_SETTINGS } from './configuration-settings';
import { loginResponseFixture } from '../../../../testing/fixtures/login-response';

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

describe('labels and controls (the settings table)', () => {
  const entry = (configuration: ConfigurationMap, key: string) =>
    groupConfiguration(configuration)
      .flatMap((group) => group.entries)
      .find((candidate) => candidate.key === key);

  it('labels every key a person reads, and keeps the raw key', () => {
    expect<unknown>(entry(CONFIGURATION, 'component.access.virtual_terminal')).toEqual(
      jasmine.objectContaining({
        key: 'component.access.virtual_terminal',
        label: 'Virtual terminal',
        control: 'switch',
      }),
    );
    expect<unknown>(entry(CONFIGURATION, 'security.session_timeout.mobile')).toEqual(
      jasmine.objectContaining({
        label: 'Idle sign-out on mobile (minutes)',
        control: 'number',
        hint: 'In minutes.',
      }),
    );
  });

  it('labels every key of the vendor’s example configuration from the table', () => {
    for (const key of Object.keys(loginResponseFixture.configuration)) {
      expect(Object.hasOwn(CONFIGURATION_SETTINGS, key)).withContext(key).toBeTrue();
    }
  });

  it('an unknown key is labelled from its name and edited in its own kind', () => {
    expect<unknown>(
      entry({ 'security.new_thing.max_count': 4 }, 'security.new_thing.max_count'),
    ).toEqual(
      jasmine.objectContaining({ label: 'New thing max count', control: 'number', hint: null }),
    );
    expect<unknown>(entry({ 'x.flag_on': true }, 'x.flag_on')).toEqual(
      jasmine.objectContaining({ label: 'X flag on', control: 'switch' }),
    );
  });

  it('a select only for one of the vendor’s Off / Optional / Required strings', () => {
    for (const option of ['Off', 'Optional', 'Required']) {
      expect(
        entry({ 'processing.config.small_ticket': option }, 'processing.config.small_ticket')
          ?.control,
      )
        .withContext(option)
        .toBe('choice');
    }
    expect(
      entry({ 'processing.config.small_ticket': 'optional' }, 'processing.config.small_ticket')
        ?.control,
    ).toBe('text');
    expect(
      entry({ 'processing.config.small_ticket': 2 }, 'processing.config.small_ticket')?.control,
    ).toBe('number');
  });

  it('a number carried as a string keeps a text value but a number field; objects and lists are read-only', () => {
    expect(entry(CONFIGURATION, 'security.account_locking.count_memory')?.control).toBe('number');
    expect(entry(CONFIGURATION, 'security.account_locking.count_memory')?.kind).toBe('string');
    expect(entry(CONFIGURATION, 'processing.config.currency')?.control).toBe('read-only');
    expect(entry(CONFIGURATION, 'processing.config.tender_types')?.control).toBe('read-only');
    expect(entry(CONFIGURATION, 'branding.theme')?.control).toBe('text');
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
