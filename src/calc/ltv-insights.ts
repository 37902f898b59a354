/**
 * Two questions a lifetime-value-credited ROI lab asks of the model in `ltv.ts`, answered without
 * changing it:
 *
 * - `roiSensitivity`: which of a campaign's inputs moves its lifetime ROI most, so a learner sees which
 *   estimate deserves the most care before the ROI is trusted. Pages showing it should cite
 *   `budding-customer-relationship#credit-lifetime-value`, the argument for crediting lifetime value.
 * - `engagementContentValue`: the lifetime value a piece of engagement content (Shiv Gupta's example is
 *   a style guide customers download and share) adds by keeping the customers who engaged with it for
 *   longer. Pages showing it should cite `budding-customer-relationship#measure-engagement-content`.
 *
 * Money is currency-free and rates are fractions, as in `ltv.ts`. Pure arithmetic: no DOM, Astro, store
 * or chart imports. Every function validates its input and throws `RangeError` naming the field rather
 * than return NaN or ±Infinity.
 */
import { checkNumber, describeValue } from './checks';
import { REFERRALS_PER_YEAR_MAX, campaignRoi, customerLifetimeValue, type CampaignInputs, type LtvInputs } from './ltv';

/**
 * A numeric campaign input a marketer controls or estimates, and so one worth testing for sensitivity.
 * `years` is left out: the horizon is a whole number of years and a modelling choice, not an estimate,
 * and a 10% change of a 3-year horizon is no horizon at all. `referralCredit` is a choice, not a number.
 */
export type SensitiveInput =
  | 'firstOrderValue'
  | 'repeatOrderValue'
  | 'ordersPerYear'
  | 'grossMargin'
  | 'retentionRate'
  | 'discountRate'
  | 'costToServePerYear'
  | 'referralsPerYear'
  | 'spend'
  | 'newCustomers';

/** Every sensitive input, in the order ties between them are listed (the order of `CampaignInputs`). */
export const SENSITIVE_INPUTS: readonly SensitiveInput[] = [
  'firstOrderValue',
  'repeatOrderValue',
  'ordersPerYear',
  'grossMargin',
  'retentionRate',
  'discountRate',
  'costToServePerYear',
  'referralsPerYear',
  'spend',
  'newCustomers',
];

/**
 * Each input's plain-English name and the range a changed value is clamped to: the range `ltv.ts`
 * accepts, so a 10% nudge of a 95% retention rate stops at 100% instead of being rejected. Amounts and
 * counts have no upper limit of their own; capping them at the largest finite number lets a change
 * that overflows be reported by `campaignRoi` as "too large" rather than as "got Infinity", which the
 * learner never typed.
 */
const INPUTS = {
  firstOrderValue: { label: 'First-order value', min: 0, max: Number.MAX_VALUE },
  repeatOrderValue: { label: 'Repeat order value', min: 0, max: Number.MAX_VALUE },
  ordersPerYear: { label: 'Orders per year', min: 0, max: Number.MAX_VALUE },
  grossMargin: { label: 'Gross margin', min: 0, max: 1 },
  retentionRate: { label: 'Retention rate', min: 0, max: 1 },
  discountRate: { label: 'Discount rate', min: 0, max: 1 },
  costToServePerYear: { label: 'Cost to serve per year', min: 0, max: Number.MAX_VALUE },
  referralsPerYear: { label: 'Referrals per year', min: 0, max: REFERRALS_PER_YEAR_MAX },
  // Spend must stay above 0 (ROI divides by it): a subnormal spend × (1 − change) could round to 0.
  spend: { label: 'Campaign spend', min: Number.MIN_VALUE, max: Number.MAX_VALUE },
  newCustomers: { label: 'New customers', min: 0, max: Number.MAX_VALUE },
} as const satisfies Record<SensitiveInput, { label: string; min: number; max: number }>;

/** How much one input moves a campaign's lifetime ROI when it is changed down and up by the same share. */
export interface InputSensitivity {
  /** Which input was changed. */
  input: SensitiveInput;
  /** The input's plain-English name, e.g. "Retention rate". */
  label: string;
  /**
   * Lifetime ROI (fraction) with the input at its lower value, input × (1 − change) clamped to its
   * range. Not necessarily the lower ROI: a lower spend or discount rate raises ROI.
   */
  low: number;
  /** Lifetime ROI (fraction) with the input at its higher value, input × (1 + change) clamped to its range. */
  high: number;
  /** |high − low|: how far the change moves lifetime ROI (fraction of spend), ≥ 0. */
  swing: number;
}

/**
 * Swings closer than this share of the largest lifetime ROI involved count as tied. Repeat order value
 * and orders per year enter the model only as their product, so they always tie in exact arithmetic,
 * yet rounding can split them by a unit in the last place; without a tolerance their order would be
 * decided by rounding noise. A billionth of the ROI is far below anything a lab displays.
 */
const TIE = 1e-9;

/**
 * What moves lifetime ROI most: a one-at-a-time sensitivity ("tornado") table for `campaignRoi`.
 *
 * For each input in `SENSITIVE_INPUTS`, the campaign's lifetime ROI is recomputed with that input alone
 * changed to input × (1 − change) and to input × (1 + change), each clamped to the input's valid range
 * (margins and rates stay within 0–1, referrals within 0–10). An input at 0 stays at 0, so it reports a
 * swing of 0: a relative change of nothing is nothing, and the lab should say the input is unused
 * rather than invent a size for it.
 *
 * Every input is changed by the same share so the swings compare like with like; they say how much
 * each estimate matters, not how uncertain it is. Rows are sorted by swing, largest first; swings
 * within a billionth of the largest lifetime ROI involved count as tied and keep the order of
 * `SENSITIVE_INPUTS`.
 *
 * With no cost to serve, more retention or margin never lowers lifetime ROI and, while the lifetime
 * value is not negative, more spend never raises it. With a cost to serve, more retention can lower it:
 * each extra retained year then costs more than it brings.
 *
 * @param c the campaign; see `CampaignInputs` for each range.
 * @param change the share each input is moved down and up by: fraction, greater than 0 and less than 1
 *   (0.1 = ±10%, the default).
 * @returns one row per input, lifetime ROIs and swings as fractions (0.25 = 25%); never NaN or ±Infinity.
 * @throws RangeError naming the first invalid field of `c`, then `change` if it is not a fraction
 *   between 0 and 1 (exclusive); naming the field to blame when a changed input overflows the model
 *   (see `campaignRoi`); or naming spend when a swing overflows.
 */
export function roiSensitivity(c: CampaignInputs, change = 0.1): InputSensitivity[] {
  campaignRoi(c);
  checkNumber(change, 'change', 'a fraction greater than 0 and less than 1', (n) => n > 0 && n < 1);

  const roiWith = (input: SensitiveInput, factor: number): number => {
    const { min, max } = INPUTS[input];
    const changed: CampaignInputs = { ...c };
    changed[input] = Math.min(max, Math.max(min, c[input] * factor));
    return campaignRoi(changed).lifetimeRoi;
  };

  const rows = SENSITIVE_INPUTS.map((input): InputSensitivity => {
    const low = roiWith(input, 1 - change);
    const high = roiWith(input, 1 + change);
    const swing = Math.abs(high - low);
    // Only ROIs of opposite signs near the top of the float range can overflow the difference. ROIs that
    // large mean a spend tiny next to the returns, so the message blames spend, as campaignRoi's does.
    if (!Number.isFinite(swing)) {
      throw new RangeError(
        `spend is too small to divide the returns by: the swing in lifetime ROI as ${input} changes ` +
          `overflows (got ${c.spend})`,
      );
    }
    return { input, label: INPUTS[input].label, low, high, swing };
  });

  // Sorting by a rounded key, not comparing with a tolerance, keeps the order transitive: a tolerance
  // would call a ≈ b and b ≈ c while a and c differ. The key is at most 2 / TIE, far from overflow.
  const scale = Math.max(1, ...rows.flatMap((r) => [Math.abs(r.low), Math.abs(r.high)]));
  const key = (r: InputSensitivity): number => Math.round(r.swing / (scale * TIE));
  // Array.prototype.sort is stable, so tied rows keep the order of SENSITIVE_INPUTS.
  return rows.sort((a, b) => key(b) - key(a));
}

/** A piece of engagement content and the customers who engaged with it. */
export interface EngagementInputs {
  /** Customers who engaged with the content (downloaded or shared it): count, finite, ≥ 0 (may be fractional). */
  engaged: number;
  /** The lifetime-value inputs of a similar customer who did not engage; see `LtvInputs`. */
  baseline: LtvInputs;
  /**
   * Absolute change in annual retention rate for engaged customers: fraction, 0.05 = five points. From
   * −baseline.retentionRate (content can hurt too) up to 1 − baseline.retentionRate.
   */
  retentionLift: number;
}

/** The lifetime value a piece of engagement content adds through retention, discounted to today (money). */
export interface EngagementValue {
  /** engagedClv − baselineClv: value added per engaged customer (money). Negative if the lift is. */
  perCustomer: number;
  /** engaged × perCustomer: value added across everyone who engaged (money). */
  total: number;
  /** customerLifetimeValue(baseline).total: a similar customer who did not engage (money). */
  baselineClv: number;
  /** The same with retentionRate + retentionLift: a customer who engaged (money). */
  engagedClv: number;
}

/**
 * The lifetime value a piece of engagement content adds by keeping its engaged customers longer,
 * Shiv Gupta's style-guide example: customers who download or share a style guide show intent and
 * affinity, and retain better.
 *
 * This credits the content with the lifetime value it added through retention. Multi-touch attribution
 * would otherwise lose it: the content rarely sits next to a sale, so conversion-based credit gives it
 * little or nothing, and a course that only counts conversions would cut the content that keeps
 * customers.
 *
 * The retention lift must come from the firm's own comparison of engaged customers with similar
 * customers who did not engage. The article gives no figure, and a lab must never supply a default
 * one: a made-up lift would produce a confident value for nothing. Similar matters: customers who were
 * already loyal are more likely to engage, so a comparison with all other customers overstates the lift.
 *
 * - baselineClv = customerLifetimeValue(baseline).total
 * - engagedClv = customerLifetimeValue({ ...baseline, retentionRate: retentionRate + retentionLift }).total
 * - perCustomer = engagedClv − baselineClv; total = engaged × perCustomer
 *
 * With no cost to serve, a larger lift never lowers the value. With a cost to serve above the yearly
 * margin, a positive lift can lower it: each extra retained year loses money.
 *
 * @returns money discounted to the acquisition year; never NaN or ±Infinity.
 * @throws RangeError naming `engaged`, then the first invalid field of `baseline`, then `retentionLift`
 *   if it is not finite or takes retention outside 0–1; or naming the field to blame when a product
 *   overflows.
 */
export function engagementContentValue(i: EngagementInputs): EngagementValue {
  checkNumber(i.engaged, 'engaged', 'a finite number of at least 0', (n) => n >= 0);
  const baselineClv = customerLifetimeValue(i.baseline).total;
  const r = i.baseline.retentionRate;
  const lift: unknown = i.retentionLift;
  // The range is stated as a sum, not as "from −r to 1 − r": 1 − 0.7 prints as 0.30000000000000004.
  // A billionth of slack: 0.4 + 0.6 is exact, but a lift typed in points and divided by 100 may land
  // a rounding error past 1 (or below 0); the lifted rate is then clamped to the range.
  if (typeof lift !== 'number' || !Number.isFinite(lift) || r + lift < -1e-9 || r + lift > 1 + 1e-9) {
    throw new RangeError(
      `retentionLift must be a finite number keeping retentionRate + retentionLift within 0 to 1 ` +
        `(got ${describeValue(lift)} with retentionRate ${r})`,
    );
  }

  const engagedClv = customerLifetimeValue({ ...i.baseline, retentionRate: Math.min(1, Math.max(0, r + lift)) }).total;
  const perCustomer = engagedClv - baselineClv;
  // Each CLV is finite, but a positive one minus a negative one can overflow near the top of the float range.
  if (!Number.isFinite(perCustomer)) {
    throw new RangeError(
      'firstOrderValue, repeatOrderValue, ordersPerYear and costToServePerYear are too large: the value ' +
        `the lift adds overflows (got ${engagedClv} − ${baselineClv})`,
    );
  }
  // + 0 turns −0 (no one engaged, times a loss) into 0, so a lab never shows "−0".
  const total = i.engaged * perCustomer + 0;
  if (!Number.isFinite(total)) {
    throw new RangeError(
      `engaged is too large: engaged × the value added per customer overflows (got ${i.engaged} × ${perCustomer})`,
    );
  }
  return { perCustomer, total, baselineClv, engagedClv };
}
