import { describe, expect, test } from 'vitest';
import { allocate } from '../../calc/allocation';
import { decode, encode } from '../../scenario';
import { ALLOCATION_LIMITS, tiersOf } from '../../scenario/labs/allocation';
import { allocationStateFor, readHandoffBudget, suggestedBudget } from './allocation-handoff';

const tiers = [
  { name: 'Top 10%', customers: 236, valuePerCustomer: 61.237, potentialPerCustomer: 66.004 },
  { name: 'Next 20%', customers: 471, valuePerCustomer: 14.5, potentialPerCustomer: 19.25 },
  { name: 'The rest, active', customers: 1300, valuePerCustomer: 3.1, potentialPerCustomer: 3.2 },
  { name: 'Likely lapsed', customers: 350, valuePerCustomer: 0.004, potentialPerCustomer: 12.7 },
];

describe('allocationStateFor', () => {
  const state = allocationStateFor(tiers, { budget: 5000, currency: 'EUR' });

  test('carries the tiers over, rounded to cents, potential never below value', () => {
    expect(state.names).toEqual(['Top 10%', 'Next 20%', 'The rest, active', 'Likely lapsed']);
    expect(state.customers).toEqual([236, 471, 1300, 350]);
    expect(state.values).toEqual([61.24, 14.5, 3.1, 0]);
    expect(state.potentials).toEqual([66, 19.25, 3.2, 12.7]);
    // Half of the upside is won back by spending a quarter of it per customer.
    expect(state.halves).toEqual([1.19, 1.19, 0.03, 3.18]);
  });

  test('the link opens in the allocation lab exactly as built, with no issue', () => {
    const fragment = encode('allocation', state);
    expect(fragment).toContain('tn=Top%2010%2525');
    const { state: opened, issues } = decode('allocation', fragment);
    expect(issues).toEqual([]);
    expect(opened).toEqual(state);
    // And the lab can split the budget across them.
    const result = allocate(tiersOf(opened), opened.budget, 'optimal');
    expect(result.tiers.reduce((sum, t) => sum + t.spend, 0)).toBeCloseTo(5000, 6);
  });

  test('a tier whose potential equals its value gets the smallest half-response spend the lab accepts', () => {
    const flat = allocationStateFor([{ name: 'All', customers: 10, valuePerCustomer: 5, potentialPerCustomer: 5 }], {
      budget: 100,
      currency: 'USD',
    });
    expect(flat.halves).toEqual([0.01]);
    expect(decode('allocation', encode('allocation', flat)).issues).toEqual([]);
  });

  test('suggests a tenth of the expected value as the budget, to two figures', () => {
    // 236·61.237 + 471·14.5 + 1300·3.1 + 350·0.004 = 25,344 → 2,534 → 2,500
    expect(suggestedBudget(tiers)).toBe(2500);
    expect(suggestedBudget([])).toBe(1000);
    expect(suggestedBudget([{ name: 'All', customers: 1e9, valuePerCustomer: 1e9, potentialPerCustomer: 1e9 }])).toBe(
      ALLOCATION_LIMITS.budget.max,
    );
  });
});

describe('readHandoffBudget', () => {
  test.each<[string, string, number | undefined]>([
    // The same amount, written as each locale writes it: never 1.5005.
    ['1.500,50', '.', 1500.5],
    ['1.500,50', ',', 1500.5],
    ['1,500.50', '.', 1500.5],
    ['1,500.50', ',', 1500.5],
    ['1 500,50', ',', 1500.5],
    ['20,000', '.', 20000],
    ['200000', '.', 200000],
    ['1,000,000', '.', 1000000],
    // A lone decimal comma where decimals take a comma, as the lab's settings read "0,5".
    ['1500,5', ',', 1500.5],
    // Where decimals take a point, "1500,5" is a slip for 15,005 or 1500.5: refused, not guessed.
    ['1500,5', '.', undefined],
    ['1000000000', '.', 1e9],
    ['1000000001', '.', undefined],
    ['0', '.', undefined],
    ['-5', '.', undefined],
    ['', '.', undefined],
    ['a lot', '.', undefined],
  ])('“%s” where decimals take “%s” is %s', (text, decimal, budget) => {
    expect(readHandoffBudget(text, decimal)).toBe(budget);
  });
});
