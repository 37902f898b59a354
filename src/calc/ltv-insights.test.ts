import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { campaignRoi, customerLifetimeValue, type CampaignInputs } from './ltv';
import { HAND_CHECKED, RUNS, anyCampaign, anyLtvInputs, expectNear, fraction } from './ltv-test-support';
import { SENSITIVE_INPUTS, engagementContentValue, roiSensitivity, type SensitiveInput } from './ltv-insights';

/**
 * A one-year campaign, so every sensitivity row is a line of hand arithmetic. r = 0.5 and d = 0.25 make
 * the year-1 weight w = 0.5 / 1.25 = 0.4. First-order margin 100 × 0.4 = 40; yearly contribution
 * 2 × 50 × 0.4 − 10 = 30, repeat 0.4 × 30 = 12; referrals 0.4 × 0.5 × 40 = 8. CLV 40 + 12 + 8 = 60;
 * 100 customers bring 6000 for 5000 spent: lifetime ROI (6000 − 5000) / 5000 = 0.2.
 */
const oneYear: CampaignInputs = {
  ...HAND_CHECKED,
  years: 1,
  referralsPerYear: 0.5,
  spend: 5000,
  newCustomers: 100,
};

const base = HAND_CHECKED;

const anyInputs = anyLtvInputs;
/** Any change strictly between 0 and 1, large ones included so the clamps are exercised. */
const anyChange = fc.integer({ min: 1, max: 999 }).map((n) => n / 1000);

/** The row for one input; fails the test if it is missing. */
function row(rows: ReturnType<typeof roiSensitivity>, input: SensitiveInput) {
  const found = rows.find((r) => r.input === input);
  if (found === undefined) throw new Error(`no row for ${input}`);
  return found;
}

describe('roiSensitivity', () => {
  test('the one-year campaign at ±10%, largest swing first', () => {
    // Each row: the changed input, then the CLV and lifetime ROI (100 × CLV − 5000) / 5000 at −10% and +10%.
    const expected: { input: SensitiveInput; label: string; low: number; high: number; swing: number }[] = [
      // margin 0.36: 36 + 0.4 × (36 − 10) + 0.4 × 0.5 × 36 = 36 + 10.4 + 7.2 = 53.6 → 0.072;
      // margin 0.44: 44 + 0.4 × 34 + 0.4 × 0.5 × 44 = 44 + 13.6 + 8.8 = 66.4 → 0.328. Swing 0.256.
      { input: 'grossMargin', label: 'Gross margin', low: 0.072, high: 0.328, swing: 0.256 },
      // spend 4500: (6000 − 4500) / 4500 = 0.333333; 5500: 500 / 5500 = 0.090909. Swing 0.242424.
      { input: 'spend', label: 'Campaign spend', low: 1 / 3, high: 1 / 11, swing: 1 / 3 - 1 / 11 },
      // 90 customers: (5400 − 5000) / 5000 = 0.08; 110: (6600 − 5000) / 5000 = 0.32. Swing 0.24.
      { input: 'newCustomers', label: 'New customers', low: 0.08, high: 0.32, swing: 0.24 },
      // first order 90: 36 + 12 + 0.4 × 0.5 × 36 = 55.2 → 0.104; 110: 44 + 12 + 8.8 = 64.8 → 0.296. Swing 0.192.
      { input: 'firstOrderValue', label: 'First-order value', low: 0.104, high: 0.296, swing: 0.192 },
      // retention 0.45: w = 0.36, 40 + 0.36 × 30 + 0.36 × 20 = 58 → 0.16; 0.55: w = 0.44, 40 + 13.2 + 8.8 = 62
      // → 0.24. Swing 0.08.
      { input: 'retentionRate', label: 'Retention rate', low: 0.16, high: 0.24, swing: 0.08 },
      // repeat order 45: 40 + 0.4 × (2 × 45 × 0.4 − 10) + 8 = 40 + 10.4 + 8 = 58.4 → 0.168; 55: 40 + 0.4 × 34 + 8
      // = 61.6 → 0.232. Swing 0.064.
      { input: 'repeatOrderValue', label: 'Repeat order value', low: 0.168, high: 0.232, swing: 0.064 },
      // orders 1.8 or 2.2 give the same yearly margins 36 and 44, so the same ROIs: a tie, kept in input order.
      { input: 'ordersPerYear', label: 'Orders per year', low: 0.168, high: 0.232, swing: 0.064 },
      // referrals 0.45: 40 + 12 + 0.4 × 0.45 × 40 = 59.2 → 0.184; 0.55: 40 + 12 + 8.8 = 60.8 → 0.216. Swing 0.032.
      { input: 'referralsPerYear', label: 'Referrals per year', low: 0.184, high: 0.216, swing: 0.032 },
      // discount 0.225: w = 0.5 / 1.225 = 0.408163, 40 + 50w = 60.408163 → 0.208163; 0.275: w = 0.5 / 1.275
      // = 0.392157, 59.607843 → 0.192157. Swing 50 × 0.016006 × 100 / 5000 = 0.016006.
      { input: 'discountRate', label: 'Discount rate', low: 0.208163, high: 0.192157, swing: 0.016006 },
      // cost 9: 40 + 0.4 × 31 + 8 = 60.4 → 0.208; 11: 40 + 0.4 × 29 + 8 = 59.6 → 0.192. Swing 0.016, just
      // below the discount rate's 0.016006.
      { input: 'costToServePerYear', label: 'Cost to serve per year', low: 0.208, high: 0.192, swing: 0.016 },
    ];
    const rows = roiSensitivity(oneYear);
    expect(campaignRoi(oneYear).lifetimeRoi).toBeCloseTo(0.2, 12);
    expect(rows.map((r) => r.input)).toEqual(expected.map((e) => e.input));
    rows.forEach((r, index) => {
      const e = expected[index];
      expect(r.label).toBe(e?.label);
      expect(r.low).toBeCloseTo(e?.low ?? Number.NaN, 6);
      expect(r.high).toBeCloseTo(e?.high ?? Number.NaN, 6);
      expect(r.swing).toBeCloseTo(e?.swing ?? Number.NaN, 6);
    });
  });

  test('the default change is 10%', () => {
    expect(roiSensitivity(oneYear)).toEqual(roiSensitivity(oneYear, 0.1));
  });

  test('changed rates are clamped to 0–1, and inputs at 0 stay at 0 with no swing, in input order', () => {
    // One year, d = 0, so w = r: CLV = 100m + r × 2 × 50 × m = 100m + 100rm. Base m = 0.8, r = 0.8:
    // 80 + 64 = 144, ROI (14400 − 5000) / 5000 = 1.88. At ±50%:
    const campaign: CampaignInputs = {
      ...oneYear,
      grossMargin: 0.8,
      retentionRate: 0.8,
      discountRate: 0,
      costToServePerYear: 0,
      referralsPerYear: 0,
    };
    const rows = roiSensitivity(campaign, 0.5);
    // retention 0.4: 80 + 32 = 112 → 1.24; 1.2 clamped to 1: 80 + 80 = 160 → 2.2. Swing 0.96.
    expect(row(rows, 'retentionRate')).toMatchObject({ low: 1.24, high: 2.2 });
    expect(row(rows, 'retentionRate').swing).toBeCloseTo(0.96, 12);
    // margin 0.4: 40 + 32 = 72 → 0.44; 1.2 clamped to 1: 100 + 80 = 180 → 2.6. Swing 2.16.
    expect(row(rows, 'grossMargin').low).toBeCloseTo(0.44, 12);
    expect(row(rows, 'grossMargin').high).toBeCloseTo(2.6, 12);
    expect(row(rows, 'grossMargin').swing).toBeCloseTo(2.16, 12);
    // Discount, cost to serve and referrals are all 0: they move nothing and come last, in input order.
    expect(rows.slice(-3)).toEqual([
      { input: 'discountRate', label: 'Discount rate', low: 1.88, high: 1.88, swing: 0 },
      { input: 'costToServePerYear', label: 'Cost to serve per year', low: 1.88, high: 1.88, swing: 0 },
      { input: 'referralsPerYear', label: 'Referrals per year', low: 1.88, high: 1.88, swing: 0 },
    ]);
  });

  test('a discount rate of 1 and 10 referrals are clamped at their maximum, not rejected', () => {
    const rows = roiSensitivity({ ...oneYear, discountRate: 1, referralsPerYear: 10 }, 0.5);
    const atMax = campaignRoi({ ...oneYear, discountRate: 1, referralsPerYear: 10 }).lifetimeRoi;
    expect(row(rows, 'discountRate').high).toBe(atMax);
    expect(row(rows, 'referralsPerYear').high).toBe(atMax);
  });

  test('every input appears once, in SENSITIVE_INPUTS', () => {
    expect(SENSITIVE_INPUTS).toHaveLength(10);
    expect(
      roiSensitivity(oneYear)
        .map((r) => r.input)
        .sort(),
    ).toEqual([...SENSITIVE_INPUTS].sort());
  });

  describe('invalid input', () => {
    test.each([
      { change: 0, got: '0' },
      { change: 1, got: '1' },
      { change: -0.1, got: '-0.1' },
      { change: 1.5, got: '1.5' },
      { change: NaN, got: 'NaN' },
      { change: Infinity, got: 'Infinity' },
      { change: '0.1', got: '"0.1"' },
      { change: null, got: 'null' },
    ])('change = $change is rejected with a RangeError naming change', ({ change, got }) => {
      const call = () => roiSensitivity(oneYear, change as number);
      expect(call).toThrow(RangeError);
      expect(call).toThrow(`change must be a fraction greater than 0 and less than 1 (got ${got})`);
    });

    test('an invalid campaign field is named before change', () => {
      const call = () => roiSensitivity({ ...oneYear, retentionRate: 1.2 }, 0);
      expect(call).toThrow(RangeError);
      expect(call).toThrow(/^retentionRate must be a fraction from 0 to 1 \(got 1\.2\)$/);
    });

    test.each([
      {
        // CLV 60 × 2.9e306 = 1.74e308 fits, but the first-order value at +10% (CLV 64.8) does not.
        name: 'a change that overflows the cohort',
        campaign: { ...oneYear, newCustomers: 2.9e306 },
        change: 0.1,
        message: /^newCustomers is too large/,
      },
      {
        // No first order; one year at retention 1 and no discount, margin 100 against a cost of 100: CLV 0.
        // At ±50% the repeat order value gives CLV −50 or +50, each ROI ±50 / 4e-307 = ±1.25e308 fits, but
        // their difference does not.
        name: 'a swing that overflows',
        campaign: {
          ...oneYear,
          firstOrderValue: 0,
          repeatOrderValue: 100,
          ordersPerYear: 1,
          grossMargin: 1,
          retentionRate: 1,
          discountRate: 0,
          costToServePerYear: 100,
          referralsPerYear: 0,
          spend: 4e-307,
          newCustomers: 1,
        },
        change: 0.5,
        message: /^spend is too small to divide the returns by: the swing in lifetime ROI as repeatOrderValue/,
      },
    ])('$name is rejected with a RangeError', ({ campaign, change, message }) => {
      expect(() => campaignRoi(campaign)).not.toThrow();
      const call = () => roiSensitivity(campaign, change);
      expect(call).toThrow(RangeError);
      expect(call).toThrow(message);
    });
  });

  describe('properties', () => {
    test('rows are sorted by swing, largest first, and ties keep input order', () => {
      fc.assert(
        fc.property(anyCampaign, anyChange, (c, change) => {
          const rows = roiSensitivity(c, change);
          // Swings within a billionth of the largest ROI count as tied (see TIE), so allow that much.
          const scale = Math.max(1, ...rows.flatMap((r) => [Math.abs(r.low), Math.abs(r.high)]));
          rows.forEach((r, index) => {
            const next = rows[index + 1];
            if (next === undefined) return;
            expect(r.swing).toBeGreaterThanOrEqual(next.swing - 2e-9 * scale);
            if (r.swing === next.swing) {
              expect(SENSITIVE_INPUTS.indexOf(r.input)).toBeLessThan(SENSITIVE_INPUTS.indexOf(next.input));
            }
          });
        }),
        RUNS,
      );
    });

    test('repeat order value and orders per year, which enter only as a product, stay in input order', () => {
      // Their swings are equal in exact arithmetic but differ by rounding in about a quarter of campaigns,
      // half of those in the wrong direction; the tie tolerance keeps the order from flickering.
      fc.assert(
        fc.property(anyCampaign, anyChange, (c, change) => {
          const inputs = roiSensitivity(c, change).map((r) => r.input);
          expect(inputs.indexOf('repeatOrderValue')).toBeLessThan(inputs.indexOf('ordersPerYear'));
        }),
        RUNS,
      );
    });

    test('each row is campaignRoi with that input alone changed and clamped, and swing is |high − low| ≥ 0', () => {
      const ranges: Record<SensitiveInput, [number, number]> = {
        firstOrderValue: [0, Infinity],
        repeatOrderValue: [0, Infinity],
        ordersPerYear: [0, Infinity],
        grossMargin: [0, 1],
        retentionRate: [0, 1],
        discountRate: [0, 1],
        costToServePerYear: [0, Infinity],
        referralsPerYear: [0, 10],
        spend: [0, Infinity],
        newCustomers: [0, Infinity],
      };
      fc.assert(
        fc.property(anyCampaign, anyChange, (c, change) => {
          for (const r of roiSensitivity(c, change)) {
            const [min, max] = ranges[r.input];
            const at = (factor: number) =>
              campaignRoi({ ...c, [r.input]: Math.min(max, Math.max(min, c[r.input] * factor)) }).lifetimeRoi;
            expect(r.low).toBe(at(1 - change));
            expect(r.high).toBe(at(1 + change));
            expect(r.swing).toBe(Math.abs(r.high - r.low));
            expect(r.swing).toBeGreaterThanOrEqual(0);
            if (c[r.input] === 0) expect(r.swing).toBe(0);
          }
        }),
        RUNS,
      );
    });

    test('with no cost to serve, more retention or margin never lowers lifetime ROI and more spend never raises it', () => {
      // Cost to serve 0 keeps every CLV ≥ 0, which the spend direction needs too: with a negative lifetime
      // value, (V − spend) / spend = V / spend − 1 rises with spend.
      fc.assert(
        fc.property(anyCampaign, anyChange, (c, change) => {
          const rows = roiSensitivity({ ...c, costToServePerYear: 0 }, change);
          expect(row(rows, 'retentionRate').high).toBeGreaterThanOrEqual(row(rows, 'retentionRate').low);
          expect(row(rows, 'grossMargin').high).toBeGreaterThanOrEqual(row(rows, 'grossMargin').low);
          expect(row(rows, 'spend').high).toBeLessThanOrEqual(row(rows, 'spend').low);
        }),
        RUNS,
      );
    });

    test('results are always finite', () => {
      fc.assert(
        fc.property(anyCampaign, anyChange, (c, change) => {
          for (const r of roiSensitivity(c, change)) {
            expect([r.low, r.high, r.swing].every(Number.isFinite)).toBe(true);
          }
        }),
        RUNS,
      );
    });
  });
});

describe('engagementContentValue', () => {
  test.each([
    {
      label: 'a 12.5-point lift: weights 0.5, 0.25, 0.125',
      // r 0.625, w = 0.625 / 1.25 = 0.5: repeat 30 × (0.5 + 0.25 + 0.125) = 30 × 0.875 = 26.25, CLV 66.25.
      // Per customer 66.25 − 58.72 = 7.53; 200 engaged: 1506.
      inputs: { engaged: 200, baseline: base, retentionLift: 0.125 },
      expected: { baselineClv: 58.72, engagedClv: 66.25, perCustomer: 7.53, total: 1506 },
    },
    {
      label: 'a lift to retention 1',
      // r 1, w = 1 / 1.25 = 0.8: 0.8 + 0.64 + 0.512 = 1.952, repeat 30 × 1.952 = 58.56, CLV 98.56.
      // Per customer 98.56 − 58.72 = 39.84; 10 engaged: 398.4.
      inputs: { engaged: 10, baseline: base, retentionLift: 0.5 },
      expected: { baselineClv: 58.72, engagedClv: 98.56, perCustomer: 39.84, total: 398.4 },
    },
    {
      label: 'content that hurts: a negative lift',
      // r 0.25, w = 0.2: 0.2 + 0.04 + 0.008 = 0.248, repeat 30 × 0.248 = 7.44, CLV 47.44.
      // Per customer 47.44 − 58.72 = −11.28; 200 engaged: −2256.
      inputs: { engaged: 200, baseline: base, retentionLift: -0.25 },
      expected: { baselineClv: 58.72, engagedClv: 47.44, perCustomer: -11.28, total: -2256 },
    },
    {
      label: 'a lift down to retention 0 leaves only the first order',
      // r 0: CLV 40. Per customer 40 − 58.72 = −18.72; 3 engaged: −56.16.
      inputs: { engaged: 3, baseline: base, retentionLift: -0.5 },
      expected: { baselineClv: 58.72, engagedClv: 40, perCustomer: -18.72, total: -56.16 },
    },
    {
      label: 'retention also carries referral credit',
      // First-order referrals 0.5 × 40 = 20 per weight, so 30 + 20 = 50 per weight. Baseline 40 + 50 × 0.624
      // = 71.2; engaged (r 0.625) 40 + 50 × 0.875 = 83.75. Per customer 12.55; 40 engaged: 502.
      inputs: { engaged: 40, baseline: { ...base, referralsPerYear: 0.5 }, retentionLift: 0.125 },
      expected: { baselineClv: 71.2, engagedClv: 83.75, perCustomer: 12.55, total: 502 },
    },
  ])('$label', ({ inputs, expected }) => {
    const value = engagementContentValue(inputs);
    expectNear(value.baselineClv, expected.baselineClv);
    expectNear(value.engagedClv, expected.engagedClv);
    expectNear(value.perCustomer, expected.perCustomer);
    expectNear(value.total, expected.total);
  });

  test('no lift adds no value', () => {
    // 58.72 − 58.72 = 0, and 500 × 0 = 0.
    expect(engagementContentValue({ engaged: 500, baseline: base, retentionLift: 0 })).toEqual({
      perCustomer: 0,
      total: 0,
      baselineClv: customerLifetimeValue(base).total,
      engagedClv: customerLifetimeValue(base).total,
    });
  });

  test('no one engaged adds 0, not −0, even when the content hurts', () => {
    expect(Object.is(engagementContentValue({ engaged: 0, baseline: base, retentionLift: -0.25 }).total, 0)).toBe(true);
  });

  describe('invalid input', () => {
    test.each([
      {
        name: 'engaged = −1',
        inputs: { engaged: -1 },
        message: /^engaged must be a finite number of at least 0 \(got -1\)$/,
      },
      { name: 'engaged = NaN', inputs: { engaged: NaN }, message: /^engaged must be .*\(got NaN\)$/ },
      { name: 'engaged = "5"', inputs: { engaged: '5' }, message: /^engaged must be .*\(got "5"\)$/ },
      {
        name: 'a lift above 1',
        inputs: { retentionLift: 0.6 },
        message:
          /^retentionLift must be a finite number keeping retentionRate \+ retentionLift within 0 to 1 \(got 0\.6 with retentionRate 0\.5\)$/,
      },
      {
        name: 'a lift below 0',
        inputs: { retentionLift: -0.51 },
        message: /^retentionLift must be .*\(got -0\.51 with retentionRate 0\.5\)$/,
      },
      { name: 'a NaN lift', inputs: { retentionLift: NaN }, message: /^retentionLift must be .*\(got NaN with/ },
      {
        name: 'an infinite lift',
        inputs: { retentionLift: -Infinity },
        message: /^retentionLift must be .*\(got -Infinity with/,
      },
      {
        name: 'a string lift',
        inputs: { retentionLift: '0.05' },
        message: /^retentionLift must be .*\(got "0\.05" with/,
      },
      {
        name: 'an invalid baseline field',
        inputs: { baseline: { ...base, grossMargin: 1.2 } },
        message: /^grossMargin must be a fraction from 0 to 1 \(got 1\.2\)$/,
      },
      {
        // Baseline r 0: CLV = first order 1e308. Engaged r 1, d 0, two years: repeat −2 × 7.5e307 = −1.5e308,
        // lifetime credit 1e308 − 1.5e308 = −5e307, referrals 2 × 0.5 × −5e307 = −5e307, CLV −1e308. Both
        // CLVs fit, but −1e308 − 1e308 does not.
        name: 'a value added that overflows',
        inputs: {
          engaged: 1,
          baseline: {
            ...base,
            firstOrderValue: 1e308,
            ordersPerYear: 0,
            grossMargin: 1,
            retentionRate: 0,
            discountRate: 0,
            years: 2,
            costToServePerYear: 7.5e307,
            referralsPerYear: 0.5,
            referralCredit: 'lifetime' as const,
          },
          retentionLift: 1,
        },
        message:
          /^firstOrderValue, repeatOrderValue, ordersPerYear and costToServePerYear are too large: the value the lift adds overflows/,
      },
      {
        // 1e308 × 7.53 overflows.
        name: 'an engaged count that overflows',
        inputs: { engaged: 1e308, retentionLift: 0.125 },
        message: /^engaged is too large/,
      },
    ])('$name is rejected with a RangeError', ({ inputs, message }) => {
      const bad = { engaged: 200, baseline: base, retentionLift: 0.05, ...inputs } as Parameters<
        typeof engagementContentValue
      >[0];
      expect(() => engagementContentValue(bad)).toThrow(RangeError);
      expect(() => engagementContentValue(bad)).toThrow(message);
    });
  });

  describe('properties', () => {
    /** A baseline, and a lift that keeps retention within 0–1: the engaged retention minus the baseline. */
    const withLift = fc
      .tuple(anyInputs, fraction, fc.integer({ min: 0, max: 100_000 }))
      .map(([baseline, engagedRetention, engaged]) => ({
        engaged,
        baseline,
        retentionLift: engagedRetention - baseline.retentionRate,
      }));

    test('a larger lift never lowers the value when serving costs nothing', () => {
      fc.assert(
        fc.property(withLift, fraction, (i, other) => {
          const low = { ...i, baseline: { ...i.baseline, costToServePerYear: 0 } };
          const high = { ...low, retentionLift: Math.max(i.retentionLift, other - i.baseline.retentionRate) };
          const lowValue = engagementContentValue(low);
          const highValue = engagementContentValue(high);
          expect(highValue.perCustomer).toBeGreaterThanOrEqual(lowValue.perCustomer);
          expect(highValue.total).toBeGreaterThanOrEqual(lowValue.total);
        }),
        RUNS,
      );
    });

    test('the value follows its definitions and is always finite', () => {
      fc.assert(
        fc.property(withLift, (i) => {
          const value = engagementContentValue(i);
          expect(value.baselineClv).toBe(customerLifetimeValue(i.baseline).total);
          expect(value.engagedClv).toBe(
            customerLifetimeValue({ ...i.baseline, retentionRate: i.baseline.retentionRate + i.retentionLift }).total,
          );
          expect(value.perCustomer).toBe(value.engagedClv - value.baselineClv);
          expect(value.total).toBe(i.engaged * value.perCustomer + 0);
          expect(Object.values(value).every(Number.isFinite)).toBe(true);
        }),
        RUNS,
      );
    });

    test('no lift adds no value, whatever the customer', () => {
      fc.assert(
        fc.property(anyInputs, fc.integer({ min: 0, max: 100_000 }), (baseline, engaged) => {
          const value = engagementContentValue({ engaged, baseline, retentionLift: 0 });
          expect(value.perCustomer).toBe(0);
          expect(value.total).toBe(0);
        }),
        RUNS,
      );
    });
  });
});
