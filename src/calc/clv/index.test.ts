import { describe, expect, test } from 'vitest';
import { summarize } from './index';

describe('summarize (the contract in DESIGN.md)', () => {
  const tx = [
    { customerId: 'a', date: '2024-01-01', amount: 10 },
    { customerId: 'a', date: '2024-01-01', amount: 5 },
    { customerId: 'a', date: '2024-01-15', amount: 20 },
    { customerId: 'a', date: '2024-01-29', amount: 40 },
    { customerId: 'b', date: '2024-01-08', amount: 7 },
  ];

  test('merges same-day purchases and measures in weeks to the last date', () => {
    expect(summarize(tx)).toEqual([
      { customerId: 'a', frequency: 2, recency: 4, T: 4, monetary: 30 },
      { customerId: 'b', frequency: 0, recency: 0, T: 3, monetary: 0 },
    ]);
  });

  test('an earlier calibration end leaves later purchases out and later customers out', () => {
    expect(summarize(tx, { calibrationEnd: '2024-01-15' })).toEqual([
      { customerId: 'a', frequency: 1, recency: 2, T: 2, monetary: 20 },
      { customerId: 'b', frequency: 0, recency: 0, T: 1, monetary: 0 },
    ]);
    expect(summarize(tx, { calibrationEnd: '2024-01-05' }).map((s) => s.customerId)).toEqual(['a']);
    // A customer who first bought on the last day has an age of 0 and is left out of the cohort.
    expect(summarize(tx, { calibrationEnd: '2024-01-08' }).map((s) => s.customerId)).toEqual(['a']);
  });

  test('refuses a date that is not a calendar date', () => {
    expect(() => summarize([{ customerId: 'a', date: '2024-02-30', amount: 1 }])).toThrow(/yyyy-mm-dd/);
    expect(summarize([])).toEqual([]);
  });
});
