import { describe, expect, test } from 'vitest';
import { allocationReport } from '../calc/allocation-report';
import { ALLOCATION_START, tiersOf } from '../scenario/labs/allocation';
import { STRATEGY_NAMES, tierLabel } from '../scenario/labs/allocation';
import { upliftByTierConfig, upliftCurveConfig } from './allocation';
import { FALLBACK_COLORS } from './theme';

const report = allocationReport(tiersOf(ALLOCATION_START), ALLOCATION_START.budget);
if (!report.ok) throw new Error(report.message);
const input = { state: ALLOCATION_START, report };

describe('allocation charts', () => {
  test('uplift per tier: one group per tier, one bar per strategy, the best split outlined', () => {
    const config = upliftByTierConfig(input, FALLBACK_COLORS);
    expect(config.data.labels).toEqual(['Top value', 'Middle', 'Low value']);
    expect(config.data.datasets.map((d) => d.label)).toEqual(Object.values(STRATEGY_NAMES));
    const optimal = report.strategies.find((s) => s.strategy === 'optimal');
    expect(config.data.datasets[3]?.data).toEqual(optimal?.tiers.map((t) => t.uplift));
    expect(config.data.datasets[3]?.borderWidth).toBe(2);
  });

  test('the curve runs from 0 to twice the budget, beside the break-even line, with this budget marked', () => {
    const config = upliftCurveConfig(input, FALLBACK_COLORS);
    const [curve, breakEven] = config.data.datasets;
    expect(curve?.data).toEqual(report.curve.map((p) => p.uplift));
    expect(breakEven?.data).toEqual(report.curve.map((p) => p.budget));
    // 21 points from 0 to 400,000: the 11th is 200,000, this budget.
    expect((curve?.pointRadius as number[]).indexOf(8)).toBe(10);
    expect(config.data.labels?.[10]).toBe('$200K');
  });

  test('an empty tier name is shown by its place', () => {
    expect(tierLabel(['', 'B'], 0)).toBe('Tier 1');
    expect(tierLabel(['', 'B'], 1)).toBe('B');
  });

  test('uncomputable tiers draw nothing', () => {
    const config = upliftByTierConfig({ state: ALLOCATION_START, report: { ok: false } }, FALLBACK_COLORS);
    expect(config.data.datasets).toEqual([]);
  });
});
