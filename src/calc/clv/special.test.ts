import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { hyp2f1, logBeta, logGamma, logSumExp } from './special';

describe('special functions', () => {
  test.each([
    [1, 0],
    [2, 0],
    [5, Math.log(24)],
    [0.5, Math.log(Math.sqrt(Math.PI))],
    [0.1, Math.log(9.513507698668732)],
    [100, 359.1342053695754],
  ])('ln Γ(%d)', (x, expected) => {
    expect(logGamma(x)).toBeCloseTo(expected, 10);
  });

  test('ln B(2, 3) = ln(1/12)', () => {
    expect(logBeta(2, 3)).toBeCloseTo(Math.log(1 / 12), 12);
  });

  test('log-sum-exp neither overflows nor underflows', () => {
    expect(logSumExp(1000, 1000)).toBeCloseTo(1000 + Math.log(2), 10);
    expect(logSumExp(-1000, -1000)).toBeCloseTo(-1000 + Math.log(2), 10);
    expect(logSumExp(-Infinity, 3)).toBe(3);
  });

  test('₂F₁(1, 1; 2; z) = −ln(1 − z) ÷ z, and ₂F₁(a, b; b; z) = (1 − z)^−a', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 0.95, noNaN: true }),
        fc.double({ min: 0.1, max: 5, noNaN: true }),
        (z, a) => {
          expect(hyp2f1(1, 1, 2, z)).toBeCloseTo(-Math.log(1 - z) / z, 9);
          expect(hyp2f1(a, 2.5, 2.5, z) / Math.pow(1 - z, -a)).toBeCloseTo(1, 9);
        },
      ),
    );
  });

  test('out-of-range arguments are refused', () => {
    expect(() => logGamma(0)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, 2, 1)).toThrow(RangeError);
  });
});

describe('hyp2f1 with a negative c (a BG/NBD fit with a + b < 1)', () => {
  test('₂F₁(a, c; c; z) = (1 − z)^−a holds for c = −0.5', () => {
    expect(hyp2f1(2, -0.5, -0.5, 0.3)).toBeCloseTo(Math.pow(0.7, -2), 12);
  });
  test('refuses c = 0 and negative whole numbers, where the series is undefined', () => {
    expect(() => hyp2f1(1, 1, 0, 0.5)).toThrow(RangeError);
    expect(() => hyp2f1(1, 1, -2, 0.5)).toThrow(RangeError);
  });
});
