import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { cleanText, numberField, numberProblem, parseTypedNumber } from './fields';

const MONEY = { min: 0, max: 1e9, decimals: 2 };

describe('amounts typed with thousands separators', () => {
  test.each([
    // typed, the locale's decimal separator, the amount meant
    ['20,000', '.', 20000],
    ['20.000', ',', 20000],
    ['20 000', ',', 20000],
    ['20\u00a0000', ',', 20000],
    ['20\u202f000', ',', 20000],
    ["1'250'000", '.', 1250000],
    ['1,234.50', '.', 1234.5],
    ['1.234,50', ',', 1234.5],
    ['1,234.50', ',', 1234.5],
    ['1,000,000', '.', 1000000],
    ['1.000.000', '.', 1000000],
    ['10,00,000', '.', 1000000],
    ['1,500', '.', 1500],
    ['1.500', ',', 1500],
    ['20000', '.', 20000],
  ])('“%s” with decimal “%s” reads as %d', (typed, decimal, expected) => {
    expect(parseTypedNumber(typed, MONEY, decimal)).toEqual({ ok: true, value: expected });
  });

  test.each([
    // A lone separator that is the locale's decimal, or not followed by three digits, is a decimal.
    ['1,500', ',', 1.5],
    ['1.500', '.', 1.5],
    ['7.25', ',', 7.25],
    ['0,125', ',', 0.13],
  ])('“%s” with decimal “%s” reads as the decimal %d', (typed, decimal, expected) => {
    expect(parseTypedNumber(typed, MONEY, decimal)).toEqual({ ok: true, value: expected });
  });

  test.each(['12,34,5', '1,2,3', '1.000,000.5', 'abc', '20 000 x', '20,00', '2,0000', '1,50'])(
    '“%s” is refused, not guessed at',
    (typed) => {
      expect(parseTypedNumber(typed, MONEY, '.').ok).toBe(false);
    },
  );

  test('a slip with the other separator says what to write instead', () => {
    expect(parseTypedNumber('20,00', MONEY, '.')).toEqual({
      ok: false,
      reason: '“20,00” has a “,” in an odd place: write thousands as 20,000 and decimals with “.”',
    });
  });

  test('invisible marks that reorder text are dropped from names, as control characters are', () => {
    expect(cleanText('\u202Eeulav pot\u2066 tier\u0007', 40)).toBe('eulav pot tier');
  });

  test('the range is checked on the amount meant', () => {
    expect(parseTypedNumber('2,000,000,000', MONEY, '.')).toEqual({
      ok: false,
      reason: '2000000000 is above the maximum of 1000000000',
    });
    expect(parseTypedNumber('999,999,999.99', MONEY, '.')).toEqual({ ok: true, value: 999999999.99 });
  });
});

describe('why a lab refuses a number', () => {
  const rating = { min: 0, max: 10, decimals: 1 };
  const count = { min: 1, max: 1e6, decimals: 0 };
  test.each([
    [rating, 0, undefined],
    [rating, 10, undefined],
    [rating, 6.3, undefined],
    [rating, 0.1 + 0.2, 'Enter a number from 0 to 10.'],
    [rating, 4.25, 'Enter a number from 0 to 10.'],
    [rating, 10.5, 'Enter a number from 0 to 10.'],
    [rating, Number.NaN, 'Enter a number from 0 to 10.'],
    [count, 1, undefined],
    [count, 0, 'Enter a whole number from 1 to 1000000.'],
    [count, 2.5, 'Enter a whole number from 1 to 1000000.'],
    [count, Number.POSITIVE_INFINITY, 'Enter a whole number from 1 to 1000000.'],
  ])('%o, %d: %s', (limits, value, problem) => {
    expect(numberProblem(limits, value)).toBe(problem);
  });

  test('what an action accepts, a link carries: a field reads back exactly what numberProblem accepts', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 11, noNaN: true }), (value) => {
        const field = numberField({ key: 'r', label: 'Rating', default: 5, ...rating });
        const accepted = numberProblem(rating, value) === undefined;
        const read = field.read(field.write(value));
        expect(accepted).toBe(read.ok && read.value === value);
      }),
    );
  });
});
