import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { perceptionGap, wilsonInterval } from './perception-gap';
import { expectNear } from './ltv-test-support';

describe('Newcombe’s worked examples (Statistics in Medicine 1998, Table II, method 10)', () => {
  test.each([
    // first group agree/size, second group agree/size, published interval to 4 decimals
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [6, 7, 2, 7, 0.0582, 0.8062],
    [5, 56, 0, 29, -0.0381, 0.1926],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
  ])('%i/%i against %i/%i: %d to %d', (a, n, b, m, low, high) => {
    const result = perceptionGap({ agree: a, size: n }, { agree: b, size: m });
    expect(result.low).toBeCloseTo(low, 4);
    expect(result.high).toBeCloseTo(high, 4);
    expectNear(result.gap, a / n - b / m);
  });
});

describe('Wilson’s score interval', () => {
  test('81 of 263 (Newcombe’s single-proportion example): 0.2553 to 0.3662', () => {
    const { low, high } = wilsonInterval({ agree: 81, size: 263 });
    expect(low).toBeCloseTo(0.2553, 4);
    expect(high).toBeCloseTo(0.3662, 4);
  });

  test('0 of 10 starts at 0, never below', () => {
    expect(wilsonInterval({ agree: 0, size: 10 }).low).toBe(0);
  });
});

describe('reading a room', () => {
  test('a gap the size of Smith’s, in a room of 20 and 20, is not yet clear; in groups of 200 it is', () => {
    // 63% and 41% of 20 are not whole people; 13 of 20 (65%) and 8 of 20 (40%) are the nearest.
    const small = perceptionGap({ agree: 13, size: 20 }, { agree: 8, size: 20 });
    expect(small.clear).toBe(false);
    const large = perceptionGap({ agree: 126, size: 200 }, { agree: 82, size: 200 });
    expect(large.clear).toBe(true);
    expectNear(large.gap, 0.22);
  });

  test.each([
    [{ agree: 3, size: 2 }, { agree: 1, size: 2 }, /a\.agree must be a whole number from 0 to a\.size \(2\)/],
    [{ agree: 1, size: 0 }, { agree: 1, size: 2 }, /a\.size must be a whole number of at least 1/],
    [{ agree: 1, size: 2 }, { agree: 0.5, size: 2 }, /b\.agree/],
  ])('refuses impossible counts, naming the field', (a, b, message) => {
    expect(() => perceptionGap(a, b)).toThrow(message);
  });
});

const group = fc
  .integer({ min: 1, max: 2000 })
  .chain((size) => fc.integer({ min: 0, max: size }).map((agree) => ({ agree, size })));

describe('properties', () => {
  test('the interval always contains the gap and stays within −1 to 1', () => {
    fc.assert(
      fc.property(group, group, (a, b) => {
        const r = perceptionGap(a, b);
        expect(r.low).toBeLessThanOrEqual(r.gap + 1e-12);
        expect(r.high).toBeGreaterThanOrEqual(r.gap - 1e-12);
        expect(r.low).toBeGreaterThanOrEqual(-1);
        expect(r.high).toBeLessThanOrEqual(1);
      }),
      { numRuns: 3000 },
    );
  });

  test('the same shares from larger groups give a narrower interval', () => {
    fc.assert(
      fc.property(group, group, fc.integer({ min: 2, max: 20 }), (a, b, k) => {
        const small = perceptionGap(a, b);
        const large = perceptionGap({ agree: a.agree * k, size: a.size * k }, { agree: b.agree * k, size: b.size * k });
        expect(large.high - large.low).toBeLessThanOrEqual(small.high - small.low + 1e-12);
      }),
      { numRuns: 2000 },
    );
  });
});
