import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_REFERRAL_CREDIT,
  REFERRAL_CREDITS,
  YEARS_MAX,
  campaignRoi,
  customerLifetimeValue,
  marginMultiple,
  type CampaignInputs,
  type LtvInputs,
} from './ltv';
import { HAND_CHECKED, RUNS, anyCampaign, anyLtvInputs, expectNear, fraction } from './ltv-test-support';

const base = HAND_CHECKED;

/** A customer whose every amount is a whole number: r = 1, d = 0, margin 1, 10 a year. */
const flat: LtvInputs = {
  ...base,
  firstOrderValue: 10,
  repeatOrderValue: 10,
  ordersPerYear: 1,
  grossMargin: 1,
  retentionRate: 1,
  discountRate: 0,
  costToServePerYear: 0,
};

const anyInputs = anyLtvInputs;
/** Inputs whose every repeat year contributes at least 0: cost to serve is a share of the yearly margin. */
const nonNegativeYears: fc.Arbitrary<LtvInputs> = fc
  .tuple(anyInputs, fraction)
  .map(([i, share]) => ({ ...i, costToServePerYear: share * (i.ordersPerYear * i.repeatOrderValue * i.grossMargin) }));

describe('marginMultiple', () => {
  // Gupta & Lehmann (2003), "Customers as Assets", table of margin multiples r / (1 + d − r), to 2 dp.
  // Each row's arithmetic is checked by hand; every published figure agrees with the formula.
  test.each([
    // d = 10%
    { r: 0.6, d: 0.1, published: 1.2, exact: 0.6 / 0.5 }, // 0.6 / (1.1 − 0.6) = 0.6 / 0.5 = 1.2
    { r: 0.7, d: 0.1, published: 1.75, exact: 0.7 / 0.4 }, // 0.7 / 0.4 = 1.75
    { r: 0.8, d: 0.1, published: 2.67, exact: 8 / 3 }, // 0.8 / 0.3 = 2.6667
    { r: 0.9, d: 0.1, published: 4.5, exact: 4.5 }, // 0.9 / 0.2 = 4.5
    // d = 12%
    { r: 0.6, d: 0.12, published: 1.15, exact: 0.6 / 0.52 }, // 0.6 / (1.12 − 0.6) = 0.6 / 0.52 = 1.1538
    { r: 0.7, d: 0.12, published: 1.67, exact: 0.7 / 0.42 }, // 0.7 / 0.42 = 1.6667
    { r: 0.8, d: 0.12, published: 2.5, exact: 2.5 }, // 0.8 / 0.32 = 2.5
    { r: 0.9, d: 0.12, published: 4.09, exact: 0.9 / 0.22 }, // 0.9 / 0.22 = 4.0909
    // d = 14%
    { r: 0.6, d: 0.14, published: 1.11, exact: 0.6 / 0.54 }, // 0.6 / 0.54 = 1.1111
    { r: 0.7, d: 0.14, published: 1.59, exact: 0.7 / 0.44 }, // 0.7 / 0.44 = 1.5909
    { r: 0.8, d: 0.14, published: 2.35, exact: 0.8 / 0.34 }, // 0.8 / 0.34 = 2.3529
    { r: 0.9, d: 0.14, published: 3.75, exact: 3.75 }, // 0.9 / 0.24 = 3.75
    // d = 16%
    { r: 0.6, d: 0.16, published: 1.07, exact: 0.6 / 0.56 }, // 0.6 / 0.56 = 1.0714
    { r: 0.7, d: 0.16, published: 1.52, exact: 0.7 / 0.46 }, // 0.7 / 0.46 = 1.5217
    { r: 0.8, d: 0.16, published: 2.22, exact: 0.8 / 0.36 }, // 0.8 / 0.36 = 2.2222
    { r: 0.9, d: 0.16, published: 3.46, exact: 0.9 / 0.26 }, // 0.9 / 0.26 = 3.4615
  ])('retention $r at discount $d has the published margin multiple $published', ({ r, d, published, exact }) => {
    const multiple = marginMultiple(r, d);
    expect(multiple).toBeCloseTo(exact, 12);
    expect(Math.round(multiple * 100) / 100).toBe(published);
  });

  test.each([
    // 0.8 / (1 + 0.1 − 0.8) = 0.8 / 0.3 = 2.667 (Gupta & Lehmann's worked example)
    { r: 0.8, d: 0.1, multiple: 2.666667 },
    // 0.9 / 0.2 = 4.5
    { r: 0.9, d: 0.1, multiple: 4.5 },
    // 0.6 / 0.52 = 1.153846
    { r: 0.6, d: 0.12, multiple: 1.153846 },
    // 0 / 1.1 = 0: no one comes back
    { r: 0, d: 0.1, multiple: 0 },
    // 0.5 / 0.5 = 1: half stay, no discount: 0.5 + 0.25 + 0.125 + … = 1
    { r: 0.5, d: 0, multiple: 1 },
    // 1 / (0 + 0.1) = 10: everyone stays; only the discount keeps the sum finite
    { r: 1, d: 0.1, multiple: 10 },
    // 1 / 1 = 1: 1/2 + 1/4 + … = 1
    { r: 1, d: 1, multiple: 1 },
    // 1 / 1e-12 = 1e12: (1 − r) + d keeps a tiny discount rate that 1 + d − r would round away
    { r: 1, d: 1e-12, multiple: 1e12 },
  ])('retention $r at discount $d is worth $multiple years of margin', ({ r, d, multiple }) => {
    expectNear(marginMultiple(r, d), multiple, 1e-6);
  });
});

describe('customerLifetimeValue', () => {
  test.each([
    {
      label: 'a three-year customer with cost to serve is worth 58.72',
      // first 40. Repeat: 0.4 × 30 = 12, 0.16 × 30 = 4.8, 0.064 × 30 = 1.92; sum 18.72. Total 58.72.
      // Year 2's weight is survival 0.5² = 0.25 times discount 1 / 1.25² = 0.64: 0.25 × 0.64 = 0.16.
      inputs: base,
      parts: { firstOrder: 40, repeat: 18.72, referral: 0, total: 58.72 },
      byYear: [
        [40, 40],
        [12, 52],
        [4.8, 56.8],
        [1.92, 58.72],
      ],
    },
    {
      label: 'first-order referral credit adds the discounted first orders of the referred',
      // credit 40 per referral; 0.5 referrals per retained customer: 0.5 × 40 = 20 × weight.
      // Referral: 0.4 × 20 = 8, 0.16 × 20 = 3.2, 0.064 × 20 = 1.28; sum 12.48. Total 58.72 + 12.48 = 71.2.
      inputs: { ...base, referralsPerYear: 0.5 },
      parts: { firstOrder: 40, repeat: 18.72, referral: 12.48, total: 71.2 },
      byYear: [
        [40, 40],
        [20, 60], // 12 + 8
        [8, 68], // 4.8 + 3.2
        [3.2, 71.2], // 1.92 + 1.28
      ],
    },
    {
      label: 'lifetime referral credit adds the discounted lifetimes of the referred, without their referrals',
      // credit = own CLV without referrals = 58.72; 0.5 × 58.72 = 29.36 × weight.
      // Referral: 0.4 × 29.36 = 11.744, 0.16 × 29.36 = 4.6976, 0.064 × 29.36 = 1.87904; sum 18.32064.
      // Total 58.72 + 18.32064 = 77.04064.
      inputs: { ...base, referralsPerYear: 0.5, referralCredit: 'lifetime' },
      parts: { firstOrder: 40, repeat: 18.72, referral: 18.32064, total: 77.04064 },
      byYear: [
        [40, 40],
        [23.744, 63.744], // 12 + 11.744
        [9.4976, 73.2416], // 4.8 + 4.6976
        [3.79904, 77.04064], // 1.92 + 1.87904
      ],
    },
    {
      label: 'a cost to serve above the yearly margin makes repeat years negative',
      // first 100 × 0.5 = 50. Yearly 1 × 20 × 0.5 − 15 = 10 − 15 = −5.
      // Repeat 0.4 × −5 = −2, 0.16 × −5 = −0.8.
      // Total 50 − 2.8 = 47.2.
      inputs: { ...base, repeatOrderValue: 20, ordersPerYear: 1, grossMargin: 0.5, costToServePerYear: 15, years: 2 },
      parts: { firstOrder: 50, repeat: -2.8, referral: 0, total: 47.2 },
      byYear: [
        [50, 50],
        [-2, 48],
        [-0.8, 47.2],
      ],
    },
    {
      label: 'lifetime credit nets off the referred customer’s loss-making years',
      // As above, credit = 47.2 per referral, 1 referral a year: 0.4 × 47.2 = 18.88, 0.16 × 47.2 = 7.552.
      // Referral 26.432. Total 47.2 + 26.432 = 73.632. Year 1: −2 + 18.88 = 16.88; year 2: −0.8 + 7.552 = 6.752.
      inputs: {
        ...base,
        repeatOrderValue: 20,
        ordersPerYear: 1,
        grossMargin: 0.5,
        costToServePerYear: 15,
        years: 2,
        referralsPerYear: 1,
        referralCredit: 'lifetime',
      },
      parts: { firstOrder: 50, repeat: -2.8, referral: 26.432, total: 73.632 },
      byYear: [
        [50, 50],
        [16.88, 66.88],
        [6.752, 73.632],
      ],
    },
    {
      label: 'full retention with no discount adds a full year of margin each year',
      // 10 first, then 1 × 10 × 1 = 10 a year at weight 1: 10 + 10 + 10 + 10 = 40.
      inputs: flat,
      parts: { firstOrder: 10, repeat: 30, referral: 0, total: 40 },
      byYear: [
        [10, 10],
        [10, 20],
        [10, 30],
        [10, 40],
      ],
    },
    {
      label: 'the Gupta–Lehmann customer over one year is worth the first order plus one discounted year',
      // first 100 × 0.3 = 30. Year 1: 0.8 / 1.1 × (1 × 100 × 0.3) = 0.727273 × 30 = 21.818182. Total 51.818182.
      inputs: {
        ...flat,
        firstOrderValue: 100,
        repeatOrderValue: 100,
        grossMargin: 0.3,
        retentionRate: 0.8,
        discountRate: 0.1,
        years: 1,
      },
      parts: { firstOrder: 30, repeat: 21.818182, referral: 0, total: 51.818182 },
      byYear: [
        [30, 30],
        [21.818182, 51.818182],
      ],
    },
    {
      label: 'no gross margin leaves only the cost to serve',
      // first 100 × 0 = 0. Yearly 0 − 10 = −10: 0.4 × −10 = −4, 0.16 × −10 = −1.6, 0.064 × −10 = −0.64.
      // Total −6.24.
      inputs: { ...base, grossMargin: 0 },
      parts: { firstOrder: 0, repeat: -6.24, referral: 0, total: -6.24 },
      byYear: [
        [0, 0],
        [-4, -4],
        [-1.6, -5.6],
        [-0.64, -6.24],
      ],
    },
  ] satisfies {
    label: string;
    inputs: LtvInputs;
    parts: { firstOrder: number; repeat: number; referral: number; total: number };
    byYear: [number, number][];
  }[])('$label', ({ inputs, parts, byYear }) => {
    const clv = customerLifetimeValue(inputs);
    expectNear(clv.firstOrder, parts.firstOrder, 1e-6);
    expectNear(clv.repeat, parts.repeat, 1e-6);
    expectNear(clv.referral, parts.referral, 1e-6);
    expectNear(clv.total, parts.total, 1e-6);
    expect(clv.byYear.map((y) => y.year)).toEqual(byYear.map((_, t) => t));
    clv.byYear.forEach((y, t) => {
      expectNear(y.value, byYear[t]?.[0] ?? Number.NaN, 1e-6);
      expectNear(y.cumulative, byYear[t]?.[1] ?? Number.NaN, 1e-6);
    });
  });

  test('zero retention leaves only the first order, with no referrals since no one is retained', () => {
    // Cost to serve above the margin and lifetime credit would both show up if any weight were not 0.
    const clv = customerLifetimeValue({
      ...base,
      retentionRate: 0,
      costToServePerYear: 1000,
      referralsPerYear: 10,
      referralCredit: 'lifetime',
      years: 5,
    });
    expect(clv).toEqual({
      total: 40,
      firstOrder: 40,
      repeat: 0,
      referral: 0,
      byYear: [0, 1, 2, 3, 4, 5].map((year) => ({ year, value: year === 0 ? 40 : 0, cumulative: 40 })),
    });
    // toEqual tells 0 from −0, but say it plainly: a zero weight times a loss is shown as 0, not "−0".
    for (const y of clv.byYear) expect(Object.is(y.value, -0)).toBe(false);
  });

  test('year 0 brings no referrals, whatever the referral rate', () => {
    for (const referralCredit of REFERRAL_CREDITS) {
      const clv = customerLifetimeValue({ ...base, referralsPerYear: 10, referralCredit });
      expect(clv.byYear[0]).toEqual({ year: 0, value: 40, cumulative: 40 });
    }
  });

  test('cost to serve is not charged in year 0', () => {
    expect(customerLifetimeValue({ ...base, costToServePerYear: 1_000_000 }).firstOrder).toBe(40);
  });

  test('over the longest horizon the Gupta–Lehmann customer converges on the margin multiple', () => {
    // yearly margin 1 × 100 × 0.3 = 30; 30 × 0.8 / 0.3 = 30 × 2.6667 = 80. Left out: (0.8 / 1.1)^100 ≈ 1.5e-14.
    const clv = customerLifetimeValue({
      ...flat,
      repeatOrderValue: 100,
      grossMargin: 0.3,
      retentionRate: 0.8,
      discountRate: 0.1,
      years: YEARS_MAX,
    });
    expectNear(clv.repeat, 80, 1e-9);
  });

  test('DEFAULT_REFERRAL_CREDIT is the conservative first-order credit, offered first', () => {
    expect(DEFAULT_REFERRAL_CREDIT).toBe('first-order');
    expect(REFERRAL_CREDITS).toEqual(['first-order', 'lifetime']);
  });
});

describe('campaignRoi', () => {
  // The base customer (first 40, CLV 58.72, cumulative 40, 52, 56.8, 58.72) acquired 100 times.
  test.each([
    {
      label: 'a campaign that loses money on the first sale pays back in year 1',
      // first sale 100 × 40 = 4000: (4000 − 5000) / 5000 = −0.2. Lifetime 100 × 58.72 = 5872:
      // (5872 − 5000) / 5000 = 0.1744. Uplift 0.1744 + 0.2 = 0.3744. Cohort 4000, 5200, 5680, 5872: 5200 ≥ 5000.
      campaign: { ...base, spend: 5000, newCustomers: 100 },
      expected: { firstSaleRoi: -0.2, lifetimeRoi: 0.1744, uplift: 0.3744, paybackYear: 1 },
    },
    {
      label: 'a campaign the first sale already covers pays back in year 0',
      // (4000 − 3000) / 3000 = 0.333333; (5872 − 3000) / 3000 = 0.957333; uplift 0.624.
      campaign: { ...base, spend: 3000, newCustomers: 100 },
      expected: { firstSaleRoi: 0.333333, lifetimeRoi: 0.957333, uplift: 0.624, paybackYear: 0 },
    },
    {
      label: 'a campaign that needs the later years pays back in the last year',
      // (4000 − 5800) / 5800 = −0.310345; (5872 − 5800) / 5800 = 0.012414; uplift 1872 / 5800 = 0.322759.
      // Cohort 5680 < 5800 ≤ 5872: year 3.
      campaign: { ...base, spend: 5800, newCustomers: 100 },
      expected: { firstSaleRoi: -0.310345, lifetimeRoi: 0.012414, uplift: 0.322759, paybackYear: 3 },
    },
    {
      label: 'a campaign the horizon never pays back has no payback year',
      // (4000 − 6000) / 6000 = −0.333333; (5872 − 6000) / 6000 = −0.021333; uplift 1872 / 6000 = 0.312.
      campaign: { ...base, spend: 6000, newCustomers: 100 },
      expected: { firstSaleRoi: -0.333333, lifetimeRoi: -0.021333, uplift: 0.312, paybackYear: null },
    },
    {
      label: 'a campaign that brings no one loses everything',
      // (0 − 1000) / 1000 = −1 both ways; uplift 0; cohort 0 never covers 1000.
      campaign: { ...base, spend: 1000, newCustomers: 0 },
      expected: { firstSaleRoi: -1, lifetimeRoi: -1, uplift: 0, paybackYear: null },
    },
    {
      label: 'a cumulative exactly equal to the spend counts as paid back',
      // flat customer, 10 of them: cohort 100, 200, 300, 400. Spend 200: year 1.
      // (100 − 200) / 200 = −0.5; (400 − 200) / 200 = 1; uplift 1.5.
      campaign: { ...flat, spend: 200, newCustomers: 10 },
      expected: { firstSaleRoi: -0.5, lifetimeRoi: 1, uplift: 1.5, paybackYear: 1 },
    },
    {
      label: 'referral credit counts towards lifetime ROI and payback',
      // CLV with first-order referrals 71.2 (cumulative 40, 60, 68, 71.2), 100 customers: 4000, 6000, 6800, 7120.
      // (4000 − 6000) / 6000 = −0.333333; (7120 − 6000) / 6000 = 0.186667; uplift 3120 / 6000 = 0.52.
      // 6000 ≥ 6000: year 1.
      campaign: { ...base, referralsPerYear: 0.5, spend: 6000, newCustomers: 100 },
      expected: { firstSaleRoi: -0.333333, lifetimeRoi: 0.186667, uplift: 0.52, paybackYear: 1 },
    },
  ] satisfies {
    label: string;
    campaign: CampaignInputs;
    expected: { firstSaleRoi: number; lifetimeRoi: number; uplift: number; paybackYear: number | null };
  }[])('$label', ({ campaign, expected }) => {
    const roi = campaignRoi(campaign);
    expect(roi.firstSaleRoi).toBeCloseTo(expected.firstSaleRoi, 6);
    expect(roi.lifetimeRoi).toBeCloseTo(expected.lifetimeRoi, 6);
    expect(roi.uplift).toBeCloseTo(expected.uplift, 6);
    expect(roi.paybackYear).toBe(expected.paybackYear);
  });

  test('the cohort by year is the customer’s cumulative value times the customers acquired', () => {
    // 100 × (40, 52, 56.8, 58.72)
    const roi = campaignRoi({ ...base, spend: 5000, newCustomers: 100 });
    expect(roi.byYear.map((y) => y.year)).toEqual([0, 1, 2, 3]);
    [4000, 5200, 5680, 5872].forEach((cumulative, t) => {
      expectNear(roi.byYear[t]?.cumulative ?? Number.NaN, cumulative);
    });
  });
});

describe('invalid input', () => {
  const campaign: CampaignInputs = { ...base, spend: 5000, newCustomers: 100 };
  test.each([
    {
      field: 'firstOrderValue',
      value: -1,
      message: /^firstOrderValue must be a finite amount of at least 0 \(got -1\)$/,
    },
    { field: 'firstOrderValue', value: NaN, message: /^firstOrderValue must be .*\(got NaN\)$/ },
    { field: 'repeatOrderValue', value: Infinity, message: /^repeatOrderValue must be .*\(got Infinity\)$/ },
    { field: 'repeatOrderValue', value: '50', message: /^repeatOrderValue must be .*\(got "50"\)$/ },
    {
      field: 'ordersPerYear',
      value: -0.5,
      message: /^ordersPerYear must be a finite number of at least 0 \(got -0\.5\)$/,
    },
    { field: 'ordersPerYear', value: null, message: /^ordersPerYear must be .*\(got null\)$/ },
    { field: 'grossMargin', value: 1.2, message: /^grossMargin must be a fraction from 0 to 1 \(got 1\.2\)$/ },
    { field: 'grossMargin', value: -0.1, message: /^grossMargin must be .*\(got -0\.1\)$/ },
    { field: 'retentionRate', value: 1.2, message: /^retentionRate must be a fraction from 0 to 1 \(got 1\.2\)$/ },
    { field: 'retentionRate', value: undefined, message: /^retentionRate must be .*\(got undefined\)$/ },
    { field: 'discountRate', value: 1.5, message: /^discountRate must be a fraction from 0 to 1 \(got 1\.5\)$/ },
    { field: 'discountRate', value: -0.01, message: /^discountRate must be .*\(got -0\.01\)$/ },
    { field: 'years', value: 0, message: /^years must be a whole number from 1 to 100 \(got 0\)$/ },
    { field: 'years', value: 101, message: /^years must be .*\(got 101\)$/ },
    { field: 'years', value: 2.5, message: /^years must be .*\(got 2\.5\)$/ },
    { field: 'costToServePerYear', value: -10, message: /^costToServePerYear must be a finite amount .*\(got -10\)$/ },
    { field: 'referralsPerYear', value: 11, message: /^referralsPerYear must be a number from 0 to 10 \(got 11\)$/ },
    { field: 'referralsPerYear', value: -1, message: /^referralsPerYear must be .*\(got -1\)$/ },
    {
      field: 'referralCredit',
      value: 'both',
      message: /^referralCredit must be "first-order" or "lifetime" \(got "both"\)$/,
    },
    { field: 'referralCredit', value: 1, message: /^referralCredit must be .*\(got 1\)$/ },
    { field: 'spend', value: 0, message: /^spend must be a finite amount greater than 0 \(got 0\)$/ },
    { field: 'spend', value: -100, message: /^spend must be .*\(got -100\)$/ },
    { field: 'spend', value: Infinity, message: /^spend must be .*\(got Infinity\)$/ },
    { field: 'newCustomers', value: -1, message: /^newCustomers must be a finite number of at least 0 \(got -1\)$/ },
    { field: 'newCustomers', value: NaN, message: /^newCustomers must be .*\(got NaN\)$/ },
  ])('$field = $value is rejected with a RangeError naming the field', ({ field, value, message }) => {
    const bad = { ...campaign, [field]: value };
    expect(() => campaignRoi(bad)).toThrow(RangeError);
    expect(() => campaignRoi(bad)).toThrow(message);
    if (field !== 'spend' && field !== 'newCustomers') {
      expect(() => customerLifetimeValue(bad)).toThrow(message);
    }
  });

  test.each([
    {
      name: 'retention 1 with no discount',
      r: 1,
      d: 0,
      message: /^retentionRate must be less than 1 \+ discountRate \(got 1 with discountRate 0\)/,
    },
    // 1 / 5e-324 overflows to Infinity, so this discount rate is as good as 0.
    {
      name: 'retention 1 with a subnormal discount',
      r: 1,
      d: Number.MIN_VALUE,
      message: /^retentionRate is too close to 1 \+ discountRate/,
    },
    {
      name: 'retention above 1',
      r: 1.2,
      d: 0.1,
      message: /^retentionRate must be a fraction from 0 to 1 \(got 1\.2\)$/,
    },
    {
      name: 'a negative discount rate',
      r: 0.8,
      d: -0.1,
      message: /^discountRate must be a fraction from 0 to 1 \(got -0\.1\)$/,
    },
    { name: 'NaN retention', r: NaN, d: 0.1, message: /^retentionRate must be .*\(got NaN\)$/ },
  ])('marginMultiple rejects $name', ({ r, d, message }) => {
    expect(() => marginMultiple(r, d)).toThrow(RangeError);
    expect(() => marginMultiple(r, d)).toThrow(message);
  });

  test.each([
    {
      name: 'a yearly margin that overflows',
      call: () => customerLifetimeValue({ ...base, ordersPerYear: 1e200, repeatOrderValue: 1e200 }),
      message: /^ordersPerYear × repeatOrderValue is too large/,
    },
    {
      // each year is finite (1e308 × 0.4 × weight) but 100 of them at weight near 1 are not
      name: 'a lifetime value that overflows',
      call: () => customerLifetimeValue({ ...flat, repeatOrderValue: 1e308, years: YEARS_MAX, firstOrderValue: 1e308 }),
      message: /^firstOrderValue, repeatOrderValue, ordersPerYear and costToServePerYear are too large/,
    },
    {
      name: 'a cohort that overflows',
      call: () => campaignRoi({ ...campaign, newCustomers: 1e307 }),
      message: /^newCustomers is too large/,
    },
    {
      // 4000 / 5e-324 overflows to Infinity.
      name: 'a spend too small to divide by',
      call: () => campaignRoi({ ...campaign, spend: Number.MIN_VALUE }),
      message: /^spend is too small to divide the returns by/,
    },
  ])('$name is rejected with a RangeError', ({ call, message }) => {
    expect(call).toThrow(RangeError);
    expect(call).toThrow(message);
  });
});

describe('properties', () => {
  test('higher retention never lowers CLV when serving costs nothing', () => {
    fc.assert(
      fc.property(anyInputs, fraction, (i, r) => {
        const low = { ...i, costToServePerYear: 0 };
        const high = { ...low, retentionRate: Math.max(i.retentionRate, r) };
        expect(customerLifetimeValue(high).total).toBeGreaterThanOrEqual(customerLifetimeValue(low).total);
      }),
      RUNS,
    );
  });

  test('a higher gross margin never lowers CLV when serving costs nothing', () => {
    fc.assert(
      fc.property(anyInputs, fraction, (i, m) => {
        const low = { ...i, costToServePerYear: 0 };
        const high = { ...low, grossMargin: Math.max(i.grossMargin, m) };
        expect(customerLifetimeValue(high).total).toBeGreaterThanOrEqual(customerLifetimeValue(low).total);
      }),
      RUNS,
    );
  });

  test('a higher discount rate never raises CLV when no year loses money', () => {
    fc.assert(
      fc.property(nonNegativeYears, fraction, (i, d) => {
        const high = { ...i, discountRate: Math.max(i.discountRate, d) };
        expect(customerLifetimeValue(high).total).toBeLessThanOrEqual(customerLifetimeValue(i).total);
      }),
      RUNS,
    );
  });

  test('the total is the sum of its parts, and referrals are 0 when no one refers', () => {
    fc.assert(
      fc.property(anyInputs, (i) => {
        const clv = customerLifetimeValue(i);
        expect(clv.total).toBe(clv.firstOrder + clv.repeat + clv.referral);
        expect(clv.firstOrder).toBe(i.firstOrderValue * i.grossMargin);
        if (i.referralsPerYear === 0) expect(clv.referral).toBe(0);
      }),
      RUNS,
    );
  });

  test('byYear runs from year 0 to the horizon, each cumulative adds that year, and the last is the total', () => {
    fc.assert(
      fc.property(anyInputs, (i) => {
        const clv = customerLifetimeValue(i);
        expect(clv.byYear.map((y) => y.year)).toEqual(Array.from({ length: i.years + 1 }, (_, t) => t));
        expect(clv.byYear[0]).toEqual({ year: 0, value: clv.firstOrder, cumulative: clv.firstOrder });
        clv.byYear.forEach((y, t) => {
          const before = clv.byYear[t - 1];
          if (before !== undefined) expect(y.cumulative).toBe(before.cumulative + y.value);
        });
        // Rounding differs between the two sums, so compare against the largest amount involved.
        const scale = Math.max(1, ...clv.byYear.map((y) => Math.abs(y.cumulative)), Math.abs(clv.repeat));
        expect(Math.abs((clv.byYear.at(-1)?.cumulative ?? Number.NaN) - clv.total)).toBeLessThanOrEqual(1e-9 * scale);
      }),
      RUNS,
    );
  });

  test('the repeat value is the yearly contribution times the margin multiple’s first `years` terms', () => {
    // Σ_{t=1}^{n} q^t = q (1 − q^n) / (1 − q) = marginMultiple(r, d) × (1 − q^n), with q = r / (1 + d).
    // Retention below 1 keeps q ≤ 0.999, so 1 − q^n loses no more than a few digits to cancellation.
    const below1 = fc.integer({ min: 0, max: 999 }).map((n) => n / 1000);
    fc.assert(
      fc.property(anyInputs, below1, (i, r) => {
        const inputs = { ...i, retentionRate: r };
        const q = r / (1 + i.discountRate);
        const yearly = i.ordersPerYear * i.repeatOrderValue * i.grossMargin - i.costToServePerYear;
        const expected = yearly * marginMultiple(r, i.discountRate) * (1 - q ** i.years);
        expectNear(customerLifetimeValue(inputs).repeat, expected, 1e-9 * Math.max(1, Math.abs(yearly)));
      }),
      RUNS,
    );
  });

  test('over the longest horizon repeat converges on yearly margin × marginMultiple', () => {
    // The brief suggests 200 years, but the horizon is capped at YEARS_MAX = 100. Retention ≤ 0.9 and a
    // discount ≥ 6% keep q = r / (1 + d) ≤ 0.9 / 1.06 = 0.849, so the part left out, q^100 ≤ 8e-8 of the
    // whole, is well inside 1e-6.
    const retention = fc.integer({ min: 0, max: 900 }).map((n) => n / 1000);
    const discount = fc.integer({ min: 60, max: 1000 }).map((n) => n / 1000);
    fc.assert(
      fc.property(anyInputs, retention, discount, (i, r, d) => {
        const inputs = { ...i, retentionRate: r, discountRate: d, years: YEARS_MAX, costToServePerYear: 0 };
        const limit = i.ordersPerYear * i.repeatOrderValue * i.grossMargin * marginMultiple(r, d);
        const repeat = customerLifetimeValue(inputs).repeat;
        expect(Math.abs(repeat - limit)).toBeLessThanOrEqual(1e-6 * limit);
      }),
      RUNS,
    );
  });

  test('the payback year is the first year the cohort’s cumulative covers the spend', () => {
    fc.assert(
      fc.property(anyCampaign, (c) => {
        const roi = campaignRoi(c);
        const clv = customerLifetimeValue(c);
        expect(roi.byYear).toEqual(
          clv.byYear.map((y) => ({ year: y.year, cumulative: c.newCustomers * y.cumulative })),
        );
        let scan: number | null = null;
        for (let t = 0; t < roi.byYear.length; t++) {
          if ((roi.byYear[t]?.cumulative ?? -Infinity) >= c.spend) {
            scan = t;
            break;
          }
        }
        expect(roi.paybackYear).toBe(scan);
      }),
      RUNS,
    );
  });

  test('campaign ROI follows its definitions', () => {
    fc.assert(
      fc.property(anyCampaign, (c) => {
        const roi = campaignRoi(c);
        const clv = customerLifetimeValue(c);
        const firstSale = (c.newCustomers * c.firstOrderValue * c.grossMargin - c.spend) / c.spend;
        const lifetime = (c.newCustomers * clv.total - c.spend) / c.spend;
        expectNear(roi.firstSaleRoi, firstSale);
        expectNear(roi.lifetimeRoi, lifetime);
        expect(roi.uplift).toBe(roi.lifetimeRoi - roi.firstSaleRoi);
      }),
      RUNS,
    );
  });

  test('results are always finite', () => {
    fc.assert(
      fc.property(anyCampaign, (c) => {
        const clv = customerLifetimeValue(c);
        const roi = campaignRoi(c);
        const numbers = [
          clv.total,
          clv.firstOrder,
          clv.repeat,
          clv.referral,
          ...clv.byYear.flatMap((y) => [y.value, y.cumulative]),
          roi.firstSaleRoi,
          roi.lifetimeRoi,
          roi.uplift,
          ...roi.byYear.map((y) => y.cumulative),
        ];
        for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
        if (c.retentionRate < 1 || c.discountRate > 0) {
          expect(Number.isFinite(marginMultiple(c.retentionRate, c.discountRate))).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
