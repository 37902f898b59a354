import { describe, expect, test } from 'vitest';
import { formatMoney, formatMoneyRounded, formatNumber, formatPercent } from '../course/format';
import { CURRENCIES } from '../scenario/currency';
import { money, moneyRounded, number, percent } from './customer-base-format';
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
