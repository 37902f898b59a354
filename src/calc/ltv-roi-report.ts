/**
 * Everything the lifetime-value-credited ROI lab shows, computed from a scenario as the learner
 * typed it (rates in percent): the campaign's ROI credited both ways, where the difference falls
 * against the range Shiv Gupta reports, the lifetime value's parts, payback, which input moves
 * lifetime ROI most, and what a piece of engagement content earned.
 *
 * Pure: no DOM, stores or chart imports; money is currency-free (the lab formats it). Never throws:
 * a scenario the model cannot compute comes back as `{ ok: false, message }` in plain words.
 */
import { campaignRoi, customerLifetimeValue, marginMultiple, type CampaignInputs } from './ltv';
import type { CampaignResult, LtvResult } from './ltv';
import { engagementContentValue, roiSensitivity, type EngagementValue, type InputSensitivity } from './ltv-insights';

/** A campaign as the lab holds it: rates in percent, as typed; money in any one currency. */
export interface LtvRoiFigures {
  /** Campaign spend (money), > 0. */
  spend: number;
  /** New customers the campaign brought, ≥ 0. */
  customers: number;
  /** First-order value (money). */
  firstOrder: number;
  /** Gross margin, percent 0–100. */
  margin: number;
  /** Repeat-order value (money). */
  repeatOrder: number;
  /** Repeat orders per retained customer per year. */
  ordersPerYear: number;
  /** Annual retention, percent 0–100. */
  retention: number;
  /** Discount rate (the cost of money), percent per year 0–100. */
  discount: number;
  /** Horizon: whole repeat years after the acquisition year. */
  years: number;
  /** New customers each retained customer refers per year. */
  referrals: number;
  /** Cost to serve a retained customer per year (money). */
  costToServe: number;
  referralCredit: CampaignInputs['referralCredit'];
  /** Customers who engaged with a piece of content (0: not used). */
  engaged: number;
  /**
   * Their change in annual retention, percentage points. The engaged customers' retention is
   * retention + lift held within 0–100% (a lift measured at 10 points cannot take 95% past 100%).
   */
  retentionLift: number;
}

/**
 * The range Shiv Gupta reports for the increase in ROI that lifetime-value credit gives most
 * non-subscription businesses, 30 to 60 percent (`budding-customer-relationship#credit-lifetime-value`).
 * The article does not say whether it means percentage points of ROI or a relative increase, so the
 * lab places a campaign against both readings.
 */
export const GUPTA_RANGE = { low: 0.3, high: 0.6 } as const;

/** Where a figure falls against `GUPTA_RANGE`. */
export type Placement = 'below' | 'within' | 'above';

export function placeInGuptaRange(value: number): Placement {
  // Compared in whole hundredths, as the lab shows them, so "30%" on screen never reads "below 30%".
  const shown = Math.round(value * 1000) / 1000;
  if (shown < GUPTA_RANGE.low) return 'below';
  return shown > GUPTA_RANGE.high ? 'above' : 'within';
}

/** The campaign's figures, when they can be computed. */
export interface LtvRoiReport {
  ok: true;
  campaign: CampaignResult;
  /** One customer's lifetime value and its parts. */
  clv: LtvResult;
  /**
   * Lifetime-credited return as a multiple of the first-sale return: newCustomers × CLV over
   * newCustomers × first-order margin, i.e. CLV ÷ first-order margin. `null` when the first order
   * earns no margin (nothing to multiply).
   */
  returnMultiple: number | null;
  /** Uplift in ROI points (fraction: 0.4 = 40 points) against Gupta's range. */
  pointsPlacement: Placement;
  /** returnMultiple − 1 (the relative increase in return) against Gupta's range; `null` with no multiple. */
  relativePlacement: Placement | null;
  /** Gupta & Lehmann's margin multiple r / (1 + d − r), the repeat value over an unlimited horizon; `null` when unbounded. */
  marginMultiple: number | null;
  /** What moves lifetime ROI most, each input ±10%, largest swing first. */
  sensitivity: InputSensitivity[];
  /**
   * The value a piece of engagement content earned, or why it is not shown: no one engaged, or no
   * lift entered (the lab never supplies a lift of its own).
   */
  engagement:
    | {
        ok: true;
        value: EngagementValue;
        /** The engaged customers' retention, percent: retention + lift held within 0–100. */
        engagedRetention: number;
        /** True when retention + lift fell outside 0–100% and was held at the edge. */
        capped: boolean;
      }
    | { ok: false; reason: 'no-engaged' | 'no-lift' };
}

/** The model's inputs as fractions, from figures in percent. */
export function campaignInputs(f: LtvRoiFigures): CampaignInputs {
  return {
    spend: f.spend,
    newCustomers: f.customers,
    firstOrderValue: f.firstOrder,
    repeatOrderValue: f.repeatOrder,
    ordersPerYear: f.ordersPerYear,
    grossMargin: f.margin / 100,
    retentionRate: f.retention / 100,
    discountRate: f.discount / 100,
    years: f.years,
    costToServePerYear: f.costToServe,
    referralsPerYear: f.referrals,
    referralCredit: f.referralCredit,
  };
}

export function ltvRoiReport(f: LtvRoiFigures): LtvRoiReport | { ok: false; message: string } {
  try {
    const inputs = campaignInputs(f);
    const campaign = campaignRoi(inputs);
    const clv = customerLifetimeValue(inputs);
    const returnMultiple = clv.firstOrder > 0 ? clv.total / clv.firstOrder : null;
    let multiple: number | null = null;
    if (inputs.retentionRate < 1 + inputs.discountRate - Number.EPSILON) {
      multiple = marginMultiple(inputs.retentionRate, inputs.discountRate);
    }
    const lifted = f.retention + f.retentionLift;
    const engagedRetention = Math.min(100, Math.max(0, lifted));
    const engagement: LtvRoiReport['engagement'] =
      f.engaged <= 0
        ? { ok: false, reason: 'no-engaged' }
        : f.retentionLift === 0
          ? { ok: false, reason: 'no-lift' }
          : {
              ok: true,
              value: engagementContentValue({
                engaged: f.engaged,
                baseline: inputs,
                retentionLift: (engagedRetention - f.retention) / 100,
              }),
              engagedRetention,
              capped: engagedRetention !== lifted,
            };
    return {
      ok: true,
      campaign,
      clv,
      returnMultiple,
      pointsPlacement: placeInGuptaRange(campaign.uplift),
      relativePlacement: returnMultiple === null ? null : placeInGuptaRange(returnMultiple - 1),
      marginMultiple: multiple,
      sensitivity: roiSensitivity(inputs, 0.1),
      engagement,
    };
  } catch (error) {
    // The lab's limits keep every figure finite; this is the last line, never a stack trace on screen.
    return {
      ok: false,
      message:
        error instanceof RangeError
          ? `These inputs cannot be calculated: ${error.message}.`
          : 'These inputs cannot be calculated. Try smaller amounts.',
    };
  }
}

/** When the campaign's customers earn its spend back, as a sentence (years counted from year 0). */
export function paybackSentence(f: Pick<LtvRoiFigures, 'years'>, report: Pick<LtvRoiReport, 'campaign'>): string {
  const year = report.campaign.paybackYear;
  if (year === null) return `Within the ${f.years}-year horizon, the customers never earn the spend back.`;
  if (year === 0) return 'The first orders alone earn the spend back, in the acquisition year.';
  return `The customers earn the spend back in year ${year} after the acquisition year (year 0).`;
}
