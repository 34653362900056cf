import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ApiError } from '../http/errors.ts';
import {
  localDate,
  parseBoundary,
  settlementTime,
  startOfLocalDay,
  zonedMidnight,
} from '../payments/calendar.ts';
import { authorizeCard, cardBrand, checkExpiry, luhnValid } from '../payments/cards.ts';
import {
  computeTotals,
  currencyOf,
  formatDecimal,
  formatMoney,
  mulDivHalfUp,
  taxRateToMilli,
} from '../payments/money.ts';
import { csvField } from '../resources/transactions.responses.ts';
import { VENDOR_SEED_CONFIGURATION } from '../store/vendor-configuration.data.ts';

function fieldOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof ApiError) return error.field;
    throw error;
  }
  return undefined;
}

describe('money: integer minor units and the rounding rule', () => {
  it('rounds half up, exactly, even past 2^53', () => {
    assert.equal(mulDivHalfUp(1, 1, 2), 1); // 0.5 → 1
    assert.equal(mulDivHalfUp(1, 1, 3), 0); // 0.333 → 0
    assert.equal(mulDivHalfUp(5, 1, 2), 3); // 2.5 → 3
    assert.equal(mulDivHalfUp(99_999_999, 99_999_999, 99_999_998), 100_000_000);
    assert.equal(mulDivHalfUp(7, 3, 0), 0);
  });

  it('tax = round_half_up(base × rate ÷ 100) on the order, tip untaxed', () => {
    // 10.00 at 8.25 % = 0.825 → 0.83 (half up on the order, not per line)
    const totals = computeTotals([{ amount: 1000, taxExempt: false }], 0, 8250, 200);
    assert.deepEqual(totals, {
      subtotal: 1000,
      discount: 0,
      taxRateMilli: 8250,
      tax: 83,
      tip: 200,
      total: 1283,
    });
    // Three lines of 0.10 at 5 %: per line 0.005 → 0.01 each (0.03), on the order 0.015 → 0.02.
    const lines = [1, 2, 3].map(() => ({ amount: 10, taxExempt: false }));
    assert.equal(computeTotals(lines, 0, 5000, 0).tax, 2);
  });

  it('spreads the discount over lines by amount; only the taxable share reduces the tax base', () => {
    // taxable 60.00, exempt 40.00, discount 10.00 → taxable share 6.00 → base 54.00 → 10 % = 5.40
    const totals = computeTotals(
      [
        { amount: 6000, taxExempt: false },
        { amount: 4000, taxExempt: true },
      ],
      1000,
      10_000,
      0,
    );
    assert.equal(totals.tax, 540);
    assert.equal(totals.total, 10_000 - 1000 + 540);
    // Share rounding: discount 1 over 3 taxable of 4 → 0.75 → 1.
    assert.equal(
      computeTotals(
        [
          { amount: 3, taxExempt: false },
          { amount: 1, taxExempt: true },
        ],
        1,
        100_000 / 10,
        0,
      ).tax,
      0,
    );
  });

  it('handles an all-zero subtotal without dividing by zero', () => {
    assert.equal(computeTotals([{ amount: 0, taxExempt: false }], 0, 8250, 0).total, 0);
  });

  it('accepts tax rates with at most three decimals, 0–30 %', () => {
    assert.equal(taxRateToMilli(8.25), 8250);
    assert.equal(taxRateToMilli(13), 13_000);
    assert.equal(taxRateToMilli(0.001), 1);
    assert.equal(taxRateToMilli(8.2505), undefined);
    assert.equal(taxRateToMilli(30.001), undefined);
    assert.equal(taxRateToMilli(-1), undefined);
  });

  it('reads the currency from processing.config.currency and formats without floats', () => {
    assert.deepEqual(currencyOf(VENDOR_SEED_CONFIGURATION), {
      code: 'USD',
      iso: 840,
      symbol: '$',
      exponent: 2,
    });
    assert.equal(currencyOf({}).code, 'USD');
    assert.equal(formatDecimal(5, 2), '0.05');
    assert.equal(formatDecimal(-1250, 2), '-12.50');
    assert.equal(formatDecimal(1250, 0), '1250');
    assert.equal(formatMoney(123456, currencyOf(VENDOR_SEED_CONFIGURATION), 'en-US'), '$1,234.56');
    const cad = currencyOf({
      'processing.config.currency': { code: 'CAD', iso: 124, symbol: '$' },
    });
    assert.equal(formatMoney(123456, cad, 'en-CA'), '$1,234.56');
    assert.equal(formatMoney(123456, cad, 'en-US'), 'CA$1,234.56');
  });
});

describe('cards: Luhn, brand, expiry, CVV, AVS, test numbers', () => {
  const now = Date.UTC(2026, 2, 15, 12);
  const config = VENDOR_SEED_CONFIGURATION;

  it('checks Luhn and detects the brand', () => {
    assert.equal(luhnValid('4111111111111111'), true);
    assert.equal(luhnValid('4111111111111112'), false);
    assert.equal(cardBrand('4111111111111111'), 'Visa');
    assert.equal(cardBrand('5555555555554444'), 'Mastercard');
    assert.equal(cardBrand('2223003122003222'), 'Mastercard');
    assert.equal(cardBrand('378282246310005'), 'Amex');
    assert.equal(cardBrand('6011111111111117'), 'Discover');
    assert.equal(cardBrand('3566002020360505'), undefined); // JCB: not accepted
  });

  it('a card is valid through the end of its expiry month (sandbox clock, UTC)', () => {
    assert.doesNotThrow(() => checkExpiry('03/26', now));
    for (const expiry of ['02/26', '13/30', '1/30', '12/99']) {
      assert.equal(
        fieldOf(() => checkExpiry(expiry, now)),
        'card.expiry',
        expiry,
      );
    }
  });

  it('approves, declines by test number, and reports each input problem on its field', () => {
    const card = {
      number: '4111 1111 1111 1111',
      expiry: '12/30',
      cvv: '123',
      postal_code: '94105',
    };
    assert.deepEqual(authorizeCard(card, config, now), {
      summary: { brand: 'Visa', last4: '1111', avsResult: 'match', cvvResult: 'match' },
      decline: null,
    });
    assert.equal(
      authorizeCard({ ...card, number: '4000000000000002' }, config, now).decline?.code,
      'insufficient_funds',
    );
    const problems: [Partial<typeof card>, string][] = [
      [{ number: '4111111111111112' }, 'card.number'],
      [{ number: '4111' }, 'card.number'],
      [{ cvv: undefined }, 'card.cvv'],
      [{ cvv: '12' }, 'card.cvv'],
      [{ number: '378282246310005' }, 'card.cvv'], // Amex: 4 digits
      [{ postal_code: undefined }, 'card.postal_code'],
    ];
    for (const [change, field] of problems) {
      assert.equal(
        fieldOf(() => authorizeCard({ ...card, ...change }, config, now)),
        field,
        JSON.stringify(change),
      );
    }
    // Without cvv/avs in the configuration neither is required (nor checked).
    const lax = { ...config, 'processing.config.cvv': false, 'processing.config.avs': false };
    const result = authorizeCard({ number: card.number, expiry: card.expiry }, lax, now);
    assert.deepEqual(result.summary, {
      brand: 'Visa',
      last4: '1111',
      avsResult: 'not_checked',
      cvvResult: 'not_checked',
    });
  });

  it('mismatching CVV/postal code decline only with *.reverse_mismatch', () => {
    const card = { number: '4111111111111111', expiry: '12/30', cvv: '000', postal_code: '00000' };
    const approved = authorizeCard(card, config, now);
    assert.equal(approved.decline, null);
    assert.equal(approved.summary.cvvResult, 'mismatch');
    assert.equal(approved.summary.avsResult, 'mismatch');
    const strictCvv = { ...config, 'processing.config.cvv.reverse_mismatch': true };
    assert.equal(authorizeCard(card, strictCvv, now).decline?.code, 'cvv_mismatch');
    const strictAvs = { ...config, 'processing.config.avs.reverse_mismatch': true };
    assert.equal(authorizeCard(card, strictAvs, now).decline?.code, 'avs_mismatch');
  });
});

describe('calendar: settlement, zones and boundaries', () => {
  it('settles at the first 00:00 UTC after the sale', () => {
    assert.equal(settlementTime(Date.UTC(2026, 2, 1, 23, 59)), Date.UTC(2026, 2, 2));
    assert.equal(settlementTime(Date.UTC(2026, 2, 2)), Date.UTC(2026, 2, 3));
  });

  it('finds local midnights across daylight-saving changes', () => {
    assert.equal(zonedMidnight(2026, 3, 8, 'America/New_York'), Date.UTC(2026, 2, 8, 5));
    assert.equal(zonedMidnight(2026, 3, 9, 'America/New_York'), Date.UTC(2026, 2, 9, 4));
    const instant = Date.UTC(2026, 2, 9, 3, 30); // 23:30 on the 8th in New York
    assert.equal(localDate(instant, 'America/New_York'), '2026-03-08');
    assert.equal(startOfLocalDay(instant, 'America/New_York'), Date.UTC(2026, 2, 8, 5));
    assert.equal(startOfLocalDay(instant, 'America/New_York', 1), Date.UTC(2026, 2, 9, 4));
    assert.equal(startOfLocalDay(instant, 'UTC'), Date.UTC(2026, 2, 9));
  });

  it('parses from/to as vendor timestamps, RFC 3339 or local dates (to: whole day)', () => {
    const utc = Date.UTC(2026, 2, 1, 12, 30, 5);
    assert.equal(parseBoundary('20260301123005', 'from', 'UTC', false), utc);
    assert.equal(parseBoundary('2026-03-01T07:30:05-05:00', 'from', 'UTC', false), utc);
    assert.equal(
      parseBoundary('2026-03-01', 'from', 'America/Toronto', false),
      Date.UTC(2026, 2, 1, 5),
    );
    assert.equal(parseBoundary('2026-03-01', 'to', 'UTC', true), Date.UTC(2026, 2, 2));
    for (const bad of ['2026-02-30', '20261301000000', 'yesterday', '2026-03-01T25:00:00Z']) {
      assert.equal(
        fieldOf(() => parseBoundary(bad, 'from', 'UTC', false)),
        'from',
        bad,
      );
    }
  });
});

describe('CSV fields', () => {
  it('quotes per RFC 4180 and defuses formulas', () => {
    assert.equal(csvField('plain'), 'plain');
    assert.equal(csvField('a,b'), '"a,b"');
    assert.equal(csvField('say "hi"'), '"say ""hi"""');
    assert.equal(csvField('two\nlines'), '"two\nlines"');
    assert.equal(csvField('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvField('+1'), "'+1");
    assert.equal(csvField('-12.50', false), '-12.50');
  });
});
