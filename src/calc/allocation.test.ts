import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  STRATEGIES,
  allocate,
  marginalReturn,
  optimalUpliftCurve,
  tierUplift,
  type Strategy,
  type Tier,
} from './allocation';
import { expectNear } from './ltv-test-support';

function tier(name: string, customers: number, value: number, potential: number, half: number): Tier {
  return { name, customers, valuePerCustomer: value, potentialPerCustomer: potential, halfResponseSpend: half };
}

describe('hand-checked allocations', () => {
  test('one tier gets the whole budget: 100 customers, upside 20, half-response 5, budget 500', () => {
    // 5 per customer captures half the upside: 100 × 20 × 5 / (5 + 5) = 1,000; ROI (1,000 − 500) / 500 = 1.
    for (const strategy of STRATEGIES) {
      const result = allocate([tier('Only', 100, 10, 30, 5)], 500, strategy);
      expectNear(result.tiers[0]?.spend ?? 0, 500);
      expectNear(result.totalUplift, 1000);
      expectNear(result.roi, 1);
    }
  });

  test('two identical tiers split the budget evenly under the optimal strategy', () => {
    const result = allocate([tier('A', 50, 10, 40, 8), tier('B', 50, 10, 40, 8)], 800, 'optimal');
    expectNear(result.tiers[0]?.spend ?? 0, 400);
    expectNear(result.tiers[1]?.spend ?? 0, 400);
  });

  test('a tier with no upside gets nothing under the optimal strategy', () => {
    const result = allocate([tier('Maxed out', 100, 50, 50, 5), tier('Room to grow', 100, 10, 30, 5)], 1000, 'optimal');
    expect(result.tiers[0]?.spend).toBe(0);
    expectNear(result.tiers[1]?.spend ?? 0, 1000);
  });

  // Tier A: 1 customer, upside 100, half-response 1; tier B: 1 customer, upside 25, half-response 1.
  // The next unit returns upside · h / (x + h)²: A starts at 100, B at 25.
  const a = tier('A', 1, 0, 100, 1);
  const b = tier('B', 1, 0, 25, 1);

  test('with budget 13 both tiers are funded and return the same on their last unit: 9 and 4', () => {
    // √(1/λ) = (13 + 1 + 1) / (√100 + √25) = 1, so λ = 1: x_A = 10 − 1 = 9, x_B = 5 − 1 = 4.
    const result = allocate([a, b], 13, 'optimal');
    expectNear(result.tiers[0]?.spend ?? 0, 9);
    expectNear(result.tiers[1]?.spend ?? 0, 4);
    expectNear(marginalReturn(a, 9), 1);
    expectNear(marginalReturn(b, 4), 1);
    // 100 × 9 / 10 + 25 × 4 / 5 = 90 + 20.
    expectNear(result.totalUplift, 110);
  });

  test('with budget 0.5 only A is funded: its next unit still returns more than B’s first', () => {
    const result = allocate([a, b], 0.5, 'optimal');
    expect(result.tiers.map((t) => t.spend)).toEqual([0.5, 0]);
    // A's next unit at 0.5: 100 / 1.5² = 44.4, above B's 25.
    expect(marginalReturn(a, 0.5)).toBeGreaterThan(marginalReturn(b, 0));
  });

  test('the simple strategies split by customers, current value and potential value', () => {
    const tiers = [tier('Top', 100, 100, 117, 20), tier('Low', 300, 20, 26.8, 10)];
    // Customers 100 : 300; current value 10,000 : 6,000; potential 11,700 : 8,040.
    expect(allocate(tiers, 4000, 'equal').tiers.map((t) => t.spend)).toEqual([1000, 3000]);
    expect(allocate(tiers, 4000, 'current-value').tiers.map((t) => t.spend)).toEqual([2500, 1500]);
    const potential = allocate(tiers, 4000, 'value-potential').tiers.map((t) => t.spend);
    expectNear(potential[0] ?? 0, (4000 * 11700) / 19740);
    expectNear(potential[1] ?? 0, (4000 * 8040) / 19740);
  });

  test('with no value anywhere, current-value falls back to equal spend per customer', () => {
    const tiers = [tier('New', 10, 0, 50, 5), tier('Newer', 30, 0, 50, 5)];
    expect(allocate(tiers, 400, 'current-value').tiers.map((t) => t.spend)).toEqual([100, 300]);
  });

  test('zero budget: no spend, no uplift, ROI 0', () => {
    for (const strategy of STRATEGIES) {
      expect(allocate([a, b], 0, strategy)).toEqual({
        tiers: [
          { name: 'A', spend: 0, uplift: 0 },
          { name: 'B', spend: 0, uplift: 0 },
        ],
        totalUplift: 0,
        roi: 0,
      });
    }
  });

  test('the curve of optimal uplift rises ever more slowly', () => {
    const curve = optimalUpliftCurve([a, b], [0, 5, 10, 15, 20]);
    const gains = curve.slice(1).map((p, i) => p.uplift - (curve[i]?.uplift ?? 0));
    for (let i = 1; i < gains.length; i++) expect(gains[i]).toBeLessThan(gains[i - 1] ?? 0);
  });
});

describe('invalid input is refused, naming the field', () => {
  test.each<[string, Tier[], number, string, RegExp]>([
    ['no tiers', [], 100, 'optimal', /tiers must be a list of at least one tier/],
    ['potential below value', [tier('X', 1, 10, 5, 1)], 100, 'optimal', /tiers\[0\]\.potentialPerCustomer must be/],
    ['a half-response spend of 0', [tier('X', 1, 0, 5, 0)], 100, 'optimal', /tiers\[0\]\.halfResponseSpend/],
    ['negative customers', [tier('X', -1, 0, 5, 1)], 100, 'optimal', /tiers\[0\]\.customers/],
    ['no customers at all', [tier('X', 0, 0, 5, 1)], 100, 'optimal', /at least one customer/],
    ['a negative budget', [tier('X', 1, 0, 5, 1)], -1, 'optimal', /budget must be/],
    ['an unknown strategy', [tier('X', 1, 0, 5, 1)], 1, 'everyone', /strategy must be/],
  ])('%s', (_, tiers, budget, strategy, message) => {
    expect(() => allocate(tiers, budget, strategy as Strategy)).toThrow(message);
  });
});

const anyTier: fc.Arbitrary<Tier> = fc
  .record({
    customers: fc.integer({ min: 0, max: 100_000 }),
    value: fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
    upside: fc.oneof(
      fc.constant(0),
      fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
    ),
    half: fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100),
  })
  .map(({ customers, value, upside, half }) => tier('T', customers, value, value + upside, half));
const anyPortfolio = fc.array(anyTier, { minLength: 1, maxLength: 8 }).filter((ts) => ts.some((t) => t.customers > 0));
const anyBudget = fc.integer({ min: 0, max: 100_000_000 }).map((n) => n / 100);
const RUNS = { numRuns: 3000 };

describe('properties over random portfolios', () => {
  test('spends are never negative and add up to the budget, for every strategy', () => {
    fc.assert(
      fc.property(anyPortfolio, anyBudget, fc.constantFrom(...STRATEGIES), (tiers, budget, strategy) => {
        const { tiers: rows } = allocate(tiers, budget, strategy);
        for (const row of rows) expect(row.spend).toBeGreaterThanOrEqual(0);
        expectNear(
          rows.reduce((sum, r) => sum + r.spend, 0),
          budget,
          1e-9,
        );
      }),
      RUNS,
    );
  });

  test('no strategy beats the optimal one', () => {
    fc.assert(
      fc.property(anyPortfolio, anyBudget, (tiers, budget) => {
        const best = allocate(tiers, budget, 'optimal').totalUplift;
        for (const strategy of STRATEGIES) {
          expect(allocate(tiers, budget, strategy).totalUplift).toBeLessThanOrEqual(best * (1 + 1e-9) + 1e-9);
        }
      }),
      RUNS,
    );
  });

  test('the optimum beats every split of a two-tier portfolio tried on a fine grid', () => {
    fc.assert(
      fc.property(anyTier, anyTier, anyBudget, (first, second, budget) => {
        fc.pre(first.customers > 0 && second.customers > 0);
        const best = allocate([first, second], budget, 'optimal').totalUplift;
        for (let i = 0; i <= 200; i++) {
          const spend = (budget * i) / 200;
          const tried = tierUplift(first, spend) + tierUplift(second, budget - spend);
          expect(tried).toBeLessThanOrEqual(best * (1 + 1e-9) + 1e-9);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('uplift never exceeds the portfolio’s total upside', () => {
    fc.assert(
      fc.property(anyPortfolio, anyBudget, fc.constantFrom(...STRATEGIES), (tiers, budget, strategy) => {
        const upside = tiers.reduce((sum, t) => sum + t.customers * (t.potentialPerCustomer - t.valuePerCustomer), 0);
        expect(allocate(tiers, budget, strategy).totalUplift).toBeLessThanOrEqual(upside * (1 + 1e-12));
      }),
      RUNS,
    );
  });

  test('more budget never lowers the optimal uplift', () => {
    fc.assert(
      fc.property(anyPortfolio, anyBudget, anyBudget, (tiers, x, y) => {
        const [low, high] = x <= y ? [x, y] : [y, x];
        expect(allocate(tiers, high, 'optimal').totalUplift).toBeGreaterThanOrEqual(
          allocate(tiers, low, 'optimal').totalUplift * (1 - 1e-12),
        );
      }),
      RUNS,
    );
  });

  test('zero budget gives zero uplift', () => {
    fc.assert(
      fc.property(anyPortfolio, fc.constantFrom(...STRATEGIES), (tiers, strategy) => {
        expect(allocate(tiers, 0, strategy).totalUplift).toBe(0);
      }),
      RUNS,
    );
  });
});
