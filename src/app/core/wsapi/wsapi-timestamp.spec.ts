import { parseWsapiTimestamp } from './wsapi-timestamp';

describe('parseWsapiTimestamp', () => {
  it("reads the vendor's yyyyMMddHHmmss as UTC", () => {
    expect(parseWsapiTimestamp('20151222175141')).toBe(Date.UTC(2015, 11, 22, 17, 51, 41));
  });

  it('reads the first and last instants of a day', () => {
    expect(parseWsapiTimestamp('20240101000000')).toBe(Date.UTC(2024, 0, 1, 0, 0, 0));
    expect(parseWsapiTimestamp('20241231235959')).toBe(Date.UTC(2024, 11, 31, 23, 59, 59));
  });

  it('accepts 29 February in a leap year', () => {
    expect(parseWsapiTimestamp('20240229120000')).toBe(Date.UTC(2024, 1, 29, 12, 0, 0));
  });

  const rejected: [string, unknown][] = [
    ['13 digits', '2015122217514'],
    ['15 digits', '201512221751410'],
    ['letters', '2015122217514a'],
    ['an ISO string', '2015-12-22T17:51:41Z'],
    ['31 February', '20150231120000'],
    ['29 February in a common year', '20230229120000'],
    ['month 00', '20150022120000'],
    ['month 13', '20151322120000'],
    ['day 00', '20151200120000'],
    ['hour 24', '20151222240000'],
    ['minute 60', '20151222176000'],
    ['second 60', '20151222175160'],
    ['a leading space', ' 20151222175141'],
    ['a trailing space', '20151222175141 '],
    ['a trailing newline', '20151222175141\n'],
    ['non-ASCII digits', '٢٠١٥١٢٢٢١٧٥١٤١'],
    ['an empty string', ''],
    ['a number', 20151222175141],
    ['null', null],
    ['undefined', undefined],
    ['a Date', new Date(Date.UTC(2015, 11, 22, 17, 51, 41))],
  ];
  for (const [what, value] of rejected) {
    it(`rejects ${what}`, () => {
      expect(parseWsapiTimestamp(value)).toBeNull();
    });
  }
});
