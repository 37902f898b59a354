import { describe, expect, test } from 'vitest';
import { parseTypedNumber, decimalSeparator } from '../scenario/fields';
import {
  currencySymbol,
  formatCount,
  formatFixedNumber,
  formatFixedPercent,
  formatMoneyInColumn,
  formatFieldNumber,
  formatMoney,
  formatMoneyRounded,
  formatPercent,
  formatPoints,
  formatRoi,
} from './format';

describe('numbers as the labs show them', () => {
  test.each([
    [20000, 'USD', 'en-US', '$20,000'],
    [52.44063, 'USD', 'en-US', '$52.44'],
    [20000, 'EUR', 'de-DE', '20.000\u00a0€'],
    [1234.5, 'PLN', 'pl-PL', '1234,50\u00a0zł'],
    [150000, 'JPY', 'ja-JP', '￥150,000'],
    [52.44, 'JPY', 'en-US', '¥52'],
    [1000000, 'INR', 'en-IN', '₹10,00,000'],
  ])('%d %s in %s is “%s”', (value, currency, locale, expected) => {
    expect(formatMoney(value, currency, locale)).toBe(expected);
  });

  test('rounded amounts and currency symbols', () => {
    expect(formatMoneyRounded(20976.25, 'GBP', 'en-GB')).toBe('£20,976');
    expect(formatMoneyRounded(-0.2, 'USD', 'en-US')).toBe('$0');
    expect(currencySymbol('EUR', 'en-GB')).toBe('€');
  });

  test('ROI carries its sign; a rounding-size loss is not shown as “−0%”', () => {
    expect(formatRoi(-0.36, 'en-US')).toBe('\u221236%');
    expect(formatRoi(0.0488, 'en-US')).toBe('+4.9%');
    expect(formatRoi(-0.0001, 'en-US')).toBe('0%');
    expect(formatPercent(0.404, 'en-US')).toBe('40.4%');
  });

  test.each<[number, string, string]>([
    [1, 'en-US', '1 row'],
    [0, 'en-US', '0 rows'],
    [2357, 'en-US', '2,357 rows'],
    [2357, 'de-DE', '2.357 rows'],
  ])('a count of %d in %s is “%s”', (n, locale, expected) => {
    expect(formatCount(n, 'row', 'rows', locale)).toBe(expected);
  });

  test('a difference of ROIs is said in points', () => {
    expect(formatPoints(0.4088, 'en-US')).toBe('+40.9 points');
    expect(formatPoints(0.01, 'en-US')).toBe('+1 point');
    expect(formatPoints(-0.25, 'en-US')).toBe('\u221225 points');
    expect(formatMoney(-6.96, 'USD', 'en-US')).toBe('\u2212$6.96');
  });

  test.each(['en-US', 'de-DE', 'pl-PL', 'fr-FR', 'en-IN', 'ja-JP'])(
    'a number shown in a field in %s reads back as the same number',
    (locale) => {
      for (const value of [0, 7.5, 1500, 20000, 1234567.89, 1e7]) {
        const shown = formatFieldNumber(value, 2, locale);
        expect(parseTypedNumber(shown, { min: 0, max: 1e9, decimals: 2 }, decimalSeparator(locale))).toEqual({
          ok: true,
          value,
        });
      }
    },
  );
});

describe('a table’s column keeps its decimals, so its figures line up and read alike', () => {
  test('numbers, shares and money', () => {
    expect([0.7, 0.52, 3.5, 3.86].map((v) => formatFixedNumber(v, 2, 'en-US'))).toEqual([
      '0.70',
      '0.52',
      '3.50',
      '3.86',
    ]);
    expect([0.96, 0.946, 1].map((v) => formatFixedPercent(v, 'en-US'))).toEqual(['96.0%', '94.6%', '100.0%']);
    expect([33, 30.333, 0].map((v) => formatMoneyInColumn(v, 'USD', 'en-US'))).toEqual(['$33.00', '$30.33', '$0.00']);
    // A currency without minor units keeps none.
    expect(formatMoneyInColumn(1234, 'JPY', 'en-US')).toBe('¥1,234');
    expect(formatFixedNumber(-1.5, 1, 'de-DE')).toBe('\u22121,5');
  });
});
