import { FormControl } from '@angular/forms';
import { ConfigurationMap } from './configuration-api';
import {
  Draft,
  NUMBER_MESSAGE,
  changeCount,
  changesOf,
  describeChanges,
  isEditable,
  keepsKind,
  parseDraft,
  toDraft,
} from './configuration-drafts';

const ORIGINAL: ConfigurationMap = {
  'component.access.virtual_terminal': true,
  'processing.config.tip': false,
  'security.session_timeout.mobile': 15,
  'processing.config.tax.default': 2.5,
  'security.account_locking.count_memory': '30',
  'processing.config.capture_signature': 'Optional',
  'processing.config.currency': { code: 'USD', iso: 840, symbol: '$' },
  'processing.config.tender_types': ['Cash', 'Card'],
};

const draftsOf = (map: ConfigurationMap): Record<string, Draft> =>
  Object.fromEntries(
    Object.entries(map)
      .filter(([, value]) => isEditable(value))
      .map(([key, value]) => [key, toDraft(value)]),
  );

describe('parseDraft (keeps the kind)', () => {
  it('a number field must parse to a finite number', () => {
    expect<unknown>(parseDraft(15, ' 20 ')).toEqual({ ok: true, value: 20 });
    expect<unknown>(parseDraft(15, '-2.75')).toEqual({ ok: true, value: -2.75 });
    expect<unknown>(parseDraft(15, '1e3')).toEqual({ ok: true, value: 1000 });
    for (const typed of ['', '  ', 'abc', '1,000', '12px', '0x10', 'Infinity', 'NaN', '1e999']) {
      expect<unknown>(parseDraft(15, typed))
        .withContext(typed)
        .toEqual({ ok: false, message: NUMBER_MESSAGE });
    }
  });

  it('a string stays a string, even one that looks like a number (trimmed)', () => {
    expect<unknown>(parseDraft('30', '45')).toEqual({ ok: true, value: '45' });
    expect<unknown>(parseDraft('Optional', '  Required ')).toEqual({ ok: true, value: 'Required' });
    expect<unknown>(parseDraft('Optional', '')).toEqual({ ok: true, value: '' });
  });

  it('a boolean stays a boolean', () => {
    expect<unknown>(parseDraft(true, false)).toEqual({ ok: true, value: false });
    expect(parseDraft(true, 'false').ok).toBeFalse();
  });

  it('objects and lists are not edited here', () => {
    expect(parseDraft({ code: 'USD' }, 'x').ok).toBeFalse();
    expect(parseDraft(['Cash'], 'Cash').ok).toBeFalse();
    expect(isEditable({ code: 'USD' })).toBeFalse();
    expect(isEditable(['Cash'])).toBeFalse();
    expect(isEditable(null)).toBeFalse();
  });
});

describe('keepsKind', () => {
  it('flags a number field whose text is not a number, with the sentence to show', () => {
    const control = new FormControl<Draft>('15', { nonNullable: true, validators: keepsKind(15) });
    expect(control.valid).toBeTrue();
    control.setValue('fifteen');
    expect(control.getError('kind')).toBe(NUMBER_MESSAGE);
    const text = new FormControl<Draft>('30', { nonNullable: true, validators: keepsKind('30') });
    text.setValue('thirty');
    expect(text.valid).toBeTrue();
  });
});

describe('changesOf', () => {
  it('finds no change in the untouched drafts', () => {
    expect<unknown>(changesOf(ORIGINAL, draftsOf(ORIGINAL))).toEqual({ changes: {}, invalid: [] });
  });

  it('keeps only the keys that changed, each in its kind', () => {
    const drafts = {
      ...draftsOf(ORIGINAL),
      'component.access.virtual_terminal': false,
      'security.session_timeout.mobile': '20',
      'security.account_locking.count_memory': '45',
    };
    expect<unknown>(changesOf(ORIGINAL, drafts)).toEqual({
      changes: {
        'component.access.virtual_terminal': false,
        'security.session_timeout.mobile': 20,
        'security.account_locking.count_memory': '45',
      },
      invalid: [],
    });
  });

  it('does not count the same number written differently, or spaces around a string, as a change', () => {
    const drafts = {
      ...draftsOf(ORIGINAL),
      'security.session_timeout.mobile': '15.0',
      'processing.config.tax.default': ' 2.50 ',
      'processing.config.capture_signature': ' Optional ',
    };
    expect<unknown>(changesOf(ORIGINAL, drafts).changes).toEqual({});
  });

  it('lists the keys whose draft does not keep its kind', () => {
    const drafts = { ...draftsOf(ORIGINAL), 'security.session_timeout.mobile': 'soon' };
    expect<unknown>(changesOf(ORIGINAL, drafts).invalid).toEqual([
      'security.session_timeout.mobile',
    ]);
  });

  it('ignores keys the organization does not have and read-only values', () => {
    const drafts = {
      'component.access.teleport': true,
      'processing.config.currency': 'CAD',
    } as Record<string, Draft>;
    expect<unknown>(changesOf(ORIGINAL, drafts)).toEqual({ changes: {}, invalid: [] });
  });
});

describe('describeChanges', () => {
  it('says each change readably, by key', () => {
    expect(
      describeChanges(ORIGINAL, {
        'security.session_timeout.mobile': 20,
        'component.access.virtual_terminal': false,
      }),
    ).toEqual([
      { key: 'component.access.virtual_terminal', from: 'On', to: 'Off' },
      { key: 'security.session_timeout.mobile', from: '15', to: '20' },
    ]);
    expect(changeCount(1)).toBe('1 change');
    expect(changeCount(3)).toBe('3 changes');
  });
});
