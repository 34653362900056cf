import {
  array,
  count,
  flag,
  idText,
  integer,
  optionalRecord,
  optionalText,
  record,
  records,
  text,
} from './dto-readers';

describe('DTO readers', () => {
  it('text: a string as sent, anything else empty', () => {
    expect(text('jdoe')).toBe('jdoe');
    expect(text('')).toBe('');
    for (const value of [42, null, undefined, true, {}, ['a']]) expect(text(value)).toBe('');
  });

  it('idText: a numeric id reads as its digits', () => {
    expect(idText(20)).toBe('20');
    expect(idText('21')).toBe('21');
    expect(idText(Number.NaN)).toBe('');
    expect(idText(Infinity)).toBe('');
    expect(idText(null)).toBe('');
  });

  it('optionalText: empty or missing is null, with the reader given', () => {
    expect(optionalText('20')).toBe('20');
    expect(optionalText('')).toBeNull();
    expect(optionalText(undefined)).toBeNull();
    expect(optionalText(20)).toBeNull();
    expect(optionalText(20, idText)).toBe('20');
  });

  it('flag: only true is on', () => {
    expect(flag(true)).toBeTrue();
    for (const value of [false, 'true', 1, null, undefined]) expect(flag(value)).toBeFalse();
  });

  it('integer: a safe integer, negative too; never NaN or a fraction', () => {
    expect(integer(1250)).toBe(1250);
    expect(integer(-300)).toBe(-300);
    expect(integer(12.5)).toBe(0);
    expect(integer(Number.NaN)).toBe(0);
    expect(integer(2 ** 53)).toBe(0);
    expect(integer('1250')).toBe(0);
    expect(integer(undefined, 7)).toBe(7);
  });

  it('count: a whole number ≥ 0, digits in a string too, else the fallback', () => {
    expect(count(3)).toBe(3);
    expect(count('25')).toBe(25);
    expect(count(0, 9)).toBe(0);
    expect(count(-1, 9)).toBe(9);
    expect(count('2.5', 9)).toBe(9);
    expect(count(' 2', 9)).toBe(9);
    expect(count(1.5, 9)).toBe(9);
    expect(count(null)).toBe(0);
  });

  it('record and optionalRecord: an object, never an array', () => {
    const object = { a: 1 };
    expect(record(object)).toBe(object);
    expect(record(['a'])).toEqual({});
    expect(record(null)).toEqual({});
    expect(optionalRecord(object)).toBe(object);
    expect(optionalRecord([])).toBeNull();
    expect(optionalRecord('x')).toBeNull();
  });

  it('array and records: a list, and only the objects in it', () => {
    expect(array([1, 'a'])).toEqual([1, 'a']);
    expect(array({ length: 1 })).toEqual([]);
    expect(records([{ id: 'a' }, null, 'b', [1], { id: 'c' }])).toEqual([{ id: 'a' }, { id: 'c' }]);
    expect(records(undefined)).toEqual([]);
  });
});
