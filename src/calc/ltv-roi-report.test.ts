import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LTV_ROI_PRESETS, LTV_ROI_START } from '../scenario/labs/ltv-roi';
import { anyLtvRoiState } from '../scenario/labs/ltv-roi-test-support';
import { GUPTA_RANGE, campaignInputs, ltvRoiReport, placeInGuptaRange, type LtvRoiFigures } from './ltv-roi-report';
import { RUNS, expectNear } from './ltv-test-support';

function report(changes: Partial<LtvRoiFigures> = {}) {
  const result = ltvRoiReport({ ...LTV_ROI_START, ...changes });
  if (!result.ok) throw new Error(result.message);
  return result;
}

describe('the lab’s starting campaign, checked by hand', () => {
  // 400 customers for 20,000. First order 80 at 40% margin: 32 each, 12,800 in all.
  // Repeat years: 1.5 orders × 60 × 40% = 36 a year, weighted by w^t with w = 0.40 / 1.10:
  // w + w² + … + w⁵ = 0.567795…, so repeat = 20.4406 and CLV = 52.4406; the cohort earns 20,976.25.
  const r = report();

  test('credited with the first sale, the campaign loses 36% of its spend', () => {
    expectNear(r.campaign.firstSaleRoi, (12800 - 20000) / 20000);
  });

  test('credited with lifetime value, it makes a small profit, and pays back in year 3', () => {
    expectNear(r.clv.total, 52.440630607695695);
    expectNear(r.campaign.lifetimeRoi, (400 * 52.440630607695695 - 20000) / 20000);
    // 4.88% − (−36%) = 40.88 points.
    expectNear(r.campaign.uplift, 0.048812612153913866 + 0.36);
    // Cumulative: 12,800 → 18,036 → 19,940 → 20,633: year 3 is the first at or above 20,000.
    expect(r.campaign.paybackYear).toBe(3);
  });

  test('the lifetime return is 1.64 times the first-sale return: 41 points, or 64% more', () => {
    expectNear(r.returnMultiple ?? Number.NaN, 52.440630607695695 / 32);
    expect(r.pointsPlacement).toBe('within');
    expect(r.relativePlacement).toBe('above');
  });

  test('the margin multiple is Gupta & Lehmann’s r / (1 + d − r)', () => {
    expectNear(r.marginMultiple ?? Number.NaN, 0.4 / 0.7);
  });

  test('spend moves lifetime ROI most, margin and customers tie next; unused inputs swing nothing', () => {
    const order = r.sensitivity.map((s) => s.input);
    // Spend ±10%: 20,976.25 ÷ 18,000 − 1 = 16.5% and 20,976.25 ÷ 22,000 − 1 = −4.7%, a swing of 21.2 points;
    // margin or customers ±10% scale the whole return: 2 × 10% × 20,976.25 ÷ 20,000 = 21.0 points.
    expect(order.slice(0, 3)).toEqual(['spend', 'grossMargin', 'newCustomers']);
    expectNear(r.sensitivity[0]?.swing ?? 0, 20976.252243078277 / 18000 - 20976.252243078277 / 22000);
    expectNear(r.sensitivity[1]?.swing ?? 0, (0.2 * 20976.252243078277) / 20000);
    const unused = r.sensitivity.filter((s) => s.swing === 0).map((s) => s.input);
    expect(unused.sort()).toEqual(['costToServePerYear', 'referralsPerYear']);
  });
});

describe('placing an uplift against Gupta’s 30–60% range', () => {
  test.each([
    [0, 'below'],
    [0.2994, 'below'],
    // Shown as 30% (to a tenth of a point), so it is not called "below 30%".
    [0.29951, 'within'],
    [GUPTA_RANGE.low, 'within'],
    [0.45, 'within'],
    [GUPTA_RANGE.high, 'within'],
    [0.6004, 'within'],
    [0.6006, 'above'],
    [3, 'above'],
    [-0.5, 'below'],
  ] as const)('%d is %s', (value, expected) => {
    expect(placeInGuptaRange(value)).toBe(expected);
  });
});

describe('cases the lab must word carefully', () => {
  test('a first order with no margin has no return multiple, and no relative reading', () => {
    const r = report({ margin: 0 });
    expect(r.returnMultiple).toBeNull();
    expect(r.relativePlacement).toBeNull();
  });

  test('retention of 100% with no discount has no finite margin multiple, but the horizon keeps CLV finite', () => {
    const r = report({ retention: 100, discount: 0 });
    expect(r.marginMultiple).toBeNull();
    // Five repeat years in full: 32 + 5 × 36.
    expectNear(r.clv.total, 32 + 5 * 36);
  });

  test('engagement content is valued only with engaged customers and a lift the learner entered', () => {
    expect(report().engagement).toEqual({ ok: false, reason: 'no-engaged' });
    expect(report({ engaged: 500 }).engagement).toEqual({ ok: false, reason: 'no-lift' });
    const r = report({ engaged: 500, retentionLift: 10 });
    if (!r.engagement.ok) throw new Error('expected a value');
    // Retention 50% instead of 40%: w = 0.5 / 1.1, repeat = 36 × (w + … + w⁵).
    const w = 0.5 / 1.1;
    const engagedRepeat = 36 * (w + w ** 2 + w ** 3 + w ** 4 + w ** 5);
    expectNear(r.engagement.value.perCustomer, engagedRepeat - 20.4406306076957);
    expectNear(r.engagement.value.total, 500 * (engagedRepeat - 20.4406306076957));
  });

  test('a lift that takes retention exactly to 100% or 0% is computed, whatever the rounding', () => {
    for (const [retention, retentionLift] of [
      [99.9, 0.1],
      [70.3, 29.7],
      [0.1, -0.1],
      [33.3, -33.3],
    ] as const) {
      expect(report({ retention, retentionLift, engaged: 10 }).engagement.ok).toBe(true);
    }
  });

  test('the presets are computed, and the subscription box earns multiples of its first sale', () => {
    for (const preset of LTV_ROI_PRESETS) expect(ltvRoiReport(preset.state).ok).toBe(true);
    const box = LTV_ROI_PRESETS.find((p) => p.id === 'subscription-box');
    expect(box && report(box.state).returnMultiple).toBeGreaterThan(3);
  });

  test('percentages become the fractions the model takes', () => {
    expect(campaignInputs(LTV_ROI_START)).toMatchObject({ grossMargin: 0.4, retentionRate: 0.4, discountRate: 0.1 });
  });
});

describe('any scenario a link can carry', () => {
  test('is computed, with every figure finite', () => {
    fc.assert(
      fc.property(anyLtvRoiState, (f) => {
        const r = ltvRoiReport(f);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const numbers = [
          r.campaign.firstSaleRoi,
          r.campaign.lifetimeRoi,
          r.campaign.uplift,
          r.clv.total,
          r.clv.firstOrder,
          r.clv.repeat,
          r.clv.referral,
          ...r.campaign.byYear.map((y) => y.cumulative),
          ...r.sensitivity.flatMap((s) => [s.low, s.high, s.swing]),
          ...(r.engagement.ok ? [r.engagement.value.total, r.engagement.value.perCustomer] : []),
        ];
        expect(numbers.every(Number.isFinite)).toBe(true);
      }),
      { numRuns: RUNS.numRuns / 2 },
    );
  });
});
