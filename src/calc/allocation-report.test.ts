import { describe, expect, test } from 'vitest';
import { ALLOCATION_START, tiersOf } from '../scenario/labs/allocation';
import { marginalReturn } from './allocation';
import { allocationReport } from './allocation-report';
import { expectNear } from './ltv-test-support';

const tiers = tiersOf(ALLOCATION_START);
const report = allocationReport(tiers, ALLOCATION_START.budget);
if (!report.ok) throw new Error(report.message);

describe('the lab’s starting portfolio', () => {
  test('value before and the most any budget could add', () => {
    // 2,000 × 1,000 + 8,000 × 300 + 20,000 × 100; upside 2,000 × 170 + 8,000 × 60 + 20,000 × 34.
    expect(report.valueBefore).toBe(6_400_000);
    expect(report.totalUpside).toBe(1_500_000);
  });

  test('treating everyone the same spends 6.67 per customer, lifting value by about 270,431', () => {
    const equal = report.strategies.find((s) => s.strategy === 'equal');
    const x = 200_000 / 30_000;
    const byHand = (2000 * 170 * x) / (x + 50) + (8000 * 60 * x) / (x + 30) + (20000 * 34 * x) / (x + 25);
    expectNear(equal?.totalUplift ?? 0, byHand);
    expectNear(equal?.valueAfter ?? 0, 6_400_000 + byHand);
  });

  test('the best split wins, every funded tier returns the same on its last dollar, and the equal split’s cost is shown', () => {
    expect(report.best).toBe('optimal');
    const optimal = report.strategies.find((s) => s.strategy === 'optimal');
    const funded = (optimal?.tiers ?? []).map((row, i) => ({ row, tier: tiers[i] })).filter((f) => f.row.spend > 0);
    expect(funded.length).toBeGreaterThan(0);
    for (const { row, tier } of funded) {
      if (tier) expectNear(marginalReturn(tier, row.spend), report.lastUnitReturn ?? Number.NaN, 1e-9);
    }
    const equal = report.strategies.find((s) => s.strategy === 'equal');
    expectNear(report.equalShortfall, (optimal?.totalUplift ?? 0) - (equal?.totalUplift ?? 0));
    expect(report.equalShortfall).toBeGreaterThan(0);
  });

  test('the curve of best uplift starts at 0, rises, and rises ever more slowly', () => {
    expect(report.curve[0]).toMatchObject({ budget: 0, uplift: 0 });
    // The next dollar's return is the curve's slope: it falls as the budget grows.
    const returns = report.curve.map((p) => p.nextReturn ?? 0);
    for (let i = 1; i < returns.length; i++) expect(returns[i]).toBeLessThanOrEqual((returns[i - 1] ?? 0) * (1 + 1e-9));
    expect(report.curve.at(-1)?.budget).toBe(400_000);
    const gains = report.curve.slice(1).map((p, i) => p.uplift - (report.curve[i]?.uplift ?? 0));
    for (let i = 1; i < gains.length; i++) expect(gains[i]).toBeLessThanOrEqual((gains[i - 1] ?? 0) * (1 + 1e-9));
  });
});

describe('cases the lab must word carefully', () => {
  test('one tier: every strategy spends the same, so none is better', () => {
    const one = allocationReport(tiers.slice(0, 1), 1000);
    if (!one.ok) throw new Error(one.message);
    expect(one.tied).toBe(true);
    expect(one.funded).toEqual([0]);
  });

  test('an unfunded tier is named with what its first dollar would return', () => {
    // Budget 1: only the tier whose first dollar returns most is funded.
    const small = allocationReport(tiers, 1);
    if (!small.ok) throw new Error(small.message);
    expect(small.funded).toHaveLength(1);
    expect(small.nextUnfunded?.returnPerUnit).toBeLessThan(small.lastUnitReturn ?? 0);
    expect(small.tied).toBe(false);
  });

  test('no upside anywhere: nothing to gain, no next dollar, the curve stays flat', () => {
    const flat = allocationReport(
      tiers.map((t) => ({ ...t, potentialPerCustomer: t.valuePerCustomer })),
      1000,
    );
    if (!flat.ok) throw new Error(flat.message);
    expect(flat.nextUnfunded).toBeNull();
    expect(flat.lastUnitReturn).toBeNull();
    expect(flat.tied).toBe(true);
    expect(flat.curve.every((p) => p.uplift === 0)).toBe(true);
  });

  test('a zero budget still draws a curve, scaled to the portfolio', () => {
    const none = allocationReport(tiers, 0);
    if (!none.ok) throw new Error(none.message);
    expect(none.curve.at(-1)?.budget).toBeGreaterThan(0);
    expect(none.lastUnitReturn).toBeNull();
  });

  test('tiers the model cannot take come back as a message, not an exception', () => {
    const result = allocationReport([], 100);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^These tiers cannot be calculated: tiers must be a list/);
  });
});
