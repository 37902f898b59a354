/**
 * What the lifetime-value tests share: the hand-checked customer, the property-test arbitraries over
 * the labs' realistic ranges, and a tolerance check. Imported by `*.test.ts` files only.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { REFERRAL_CREDITS, YEARS_MAX, type CampaignInputs, type LtvInputs } from './ltv';

/** Every property runs at least this often. */
export const RUNS = { numRuns: 1000 };

/**
 * The hand-checked customer most tables start from. r = 0.5 and d = 0.25 make the yearly weight
 * r / (1 + d) = 0.5 / 1.25 = 0.4 exactly, so the weights are 0.4, 0.16, 0.064 (sum 0.624): easy to
 * check by hand. First-order margin 100 × 0.4 = 40; yearly contribution 2 × 50 × 0.4 − 10 = 30;
 * CLV with no referrals 40 + 30 × 0.624 = 58.72.
 */
export const HAND_CHECKED: LtvInputs = {
  firstOrderValue: 100,
  repeatOrderValue: 50,
  ordersPerYear: 2,
  grossMargin: 0.4,
  retentionRate: 0.5,
  discountRate: 0.25,
  years: 3,
  costToServePerYear: 10,
  referralsPerYear: 0,
  referralCredit: 'first-order',
};

/** |actual − expected| ≤ tolerance × max(1, |expected|): relative for big numbers, absolute near 0. */
export function expectNear(actual: number, expected: number, tolerance = 1e-9): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
}

// Arbitraries over the labs' realistic ranges; the RangeError tables cover the edges of the valid ranges.
export const fraction = fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000);
export const money = fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100);
export const anyLtvInputs: fc.Arbitrary<LtvInputs> = fc.record({
  firstOrderValue: money,
  repeatOrderValue: money,
  ordersPerYear: fc.integer({ min: 0, max: 5200 }).map((n) => n / 100),
  grossMargin: fraction,
  retentionRate: fraction,
  discountRate: fraction,
  years: fc.integer({ min: 1, max: YEARS_MAX }),
  costToServePerYear: money,
  referralsPerYear: fc.integer({ min: 0, max: 1000 }).map((n) => n / 100),
  referralCredit: fc.constantFrom(...REFERRAL_CREDITS),
});
export const anyCampaign: fc.Arbitrary<CampaignInputs> = fc
  .tuple(
    anyLtvInputs,
    fc.integer({ min: 1, max: 100_000_000 }).map((n) => n / 100),
    fc.integer({ min: 0, max: 100_000 }),
  )
  .map(([i, spend, newCustomers]) => ({ ...i, spend, newCustomers }));
