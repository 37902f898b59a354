import { describe, expect, test } from 'vitest';
import { formatMoney, formatMoneyRounded, formatNumber, formatPercent } from '../course/format';
import { CURRENCIES } from '../scenario/currency';
import { fixedNumber, fixedPercent, money, moneyInColumn, moneyRounded, number, percent } from './customer-base-format';
import { CUSTOMER_BASE_CURRENCIES } from './customer-base-currencies';

describe('the customer-base lab formats numbers exactly as the other labs do', () => {
  const values = [0, 1, -1, 0.5, 2.345, 1234.5, -20976.4, 1e6, 52.44];
  test.each(['en-US', 'de-DE', 'pl-PL', 'ja-JP', 'en-IN'])('%s', (locale) => {
    for (const v of values) {
      expect(number(v, 2, locale)).toBe(formatNumber(v, 2, locale));
      expect(number(v, 0, locale)).toBe(formatNumber(v, 0, locale));
      expect(percent(v / 10, locale)).toBe(formatPercent(v / 10, locale));
      for (const c of ['USD', 'PLN', 'JPY']) {
        expect(money(v, c, locale)).toBe(formatMoney(v, c, locale));
        expect(moneyRounded(v, c, locale)).toBe(formatMoneyRounded(v, c, locale));
      }
    }
  });

  test('and offers the same currencies', () => {
    expect(CUSTOMER_BASE_CURRENCIES).toEqual(CURRENCIES);
  });
});

describe('a table’s column keeps its decimals, so its figures line up and read alike', () => {
  test('numbers, shares and money', () => {
    expect([0.7, 0.52, 3.5, 3.86].map((v) => fixedNumber(v, 2, 'en-US'))).toEqual(['0.70', '0.52', '3.50', '3.86']);
    expect([0.96, 0.946, 1].map((v) => fixedPercent(v, 'en-US'))).toEqual(['96.0%', '94.6%', '100.0%']);
    expect([33, 30.333, 0].map((v) => moneyInColumn(v, 'USD', 'en-US'))).toEqual(['$33.00', '$30.33', '$0.00']);
    // A currency without minor units keeps none.
    expect(moneyInColumn(1234, 'JPY', 'en-US')).toBe('¥1,234');
    expect(fixedNumber(-1.5, 1, 'de-DE')).toBe('\u22121,5');
  });
});
