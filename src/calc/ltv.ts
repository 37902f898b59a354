/**
 * Customer lifetime value (CLV) and the return on a campaign credited with it, year by year.
 *
 * The model counts yearly periods. Year 0 is the acquisition year: the first order falls there and is
 * not discounted. In each repeat year t = 1…years a customer is still buying with probability
 * retentionRate^t, and money that year is worth 1 / (1 + discountRate)^t of money today, so every
 * repeat-year amount is weighted by (retentionRate / (1 + discountRate))^t.
 *
 * Over an unlimited horizon those weights add up to the margin multiple of Gupta & Lehmann (2003),
 * "Customers as Assets", Journal of Interactive Marketing 17(1): r / (1 + d − r). `marginMultiple`
 * returns it so a page can show the shortcut next to the year-by-year sum it approximates.
 *
 * Campaign ROI with lifetime credit follows Shiv Gupta's argument that a campaign should be credited
 * with the lifetime value of the customers it brings, not just the conversion; pages showing it should
 * cite `budding-customer-relationship#credit-lifetime-value`. Referral credit answers the warning that
 * measuring only spend misses referral value (`re-envisioning-customer-value#referral-and-network-value`);
 * that source gives no method, so the method here is this model's own.
 *
 * Money is currency-free: any currency works as long as every amount uses the same one. Rates, margins
 * and ROI are fractions (0.25 = 25%).
 *
 * Pure arithmetic: no DOM, Astro, store or chart imports. Every function validates its input and throws
 * `RangeError` naming the field rather than return NaN or ±Infinity, because a lab that quietly shows
 * "NaN" teaches nothing.
 */
import { checkNumber, describeValue } from './checks';

/**
 * How a referred customer is credited to the customer who referred them:
 * - `'first-order'`: the referred customer's first-order margin only;
 * - `'lifetime'`: the referred customer's whole lifetime value, excluding their own referrals.
 */
export type ReferralCredit = 'first-order' | 'lifetime';

/** Every referral credit, in the order a lab should offer them (the default first). */
export const REFERRAL_CREDITS: readonly ReferralCredit[] = ['first-order', 'lifetime'];

/**
 * Referral credit used unless a learner chooses otherwise: the first-order margin.
 *
 * It is the conservative choice. A referred customer's first order is observed soon after the referral,
 * while their lifetime is a forecast stacked on a forecast. Crediting lifetimes invites the next
 * question, the referrals of the referrals, an infinite regress this model cuts off by design. And the
 * source that warns traditional measures miss referral value (`re-envisioning-customer-value`) gives no
 * method for counting it, so the course should show the smallest defensible number first.
 */
export const DEFAULT_REFERRAL_CREDIT = 'first-order' satisfies ReferralCredit;

/** Shortest horizon, in repeat years after the acquisition year. */
export const YEARS_MIN = 1;
/**
 * Longest horizon, in repeat years. A century is far beyond any customer relationship, and by then the
 * weights of any realistic retention and discount rate have all but vanished (see `marginMultiple`).
 */
export const YEARS_MAX = 100;
/**
 * Most new customers one retained customer can refer in a year. Ten a year is already an exceptional
 * advocate; the cap keeps a mistyped figure from swamping the customer's own value.
 */
export const REFERRALS_PER_YEAR_MAX = 10;

/** Everything that determines one customer's lifetime value. */
export interface LtvInputs {
  /** Revenue from the first order, in the acquisition year (year 0): money, finite, ≥ 0. */
  firstOrderValue: number;
  /** Revenue from each repeat order: money, finite, ≥ 0. */
  repeatOrderValue: number;
  /** Repeat orders a retained customer places per year: count per year, finite, ≥ 0 (may be fractional). */
  ordersPerYear: number;
  /** Share of revenue kept as margin, for first and repeat orders alike: fraction 0–1. */
  grossMargin: number;
  /** Share of customers still buying from one year to the next: fraction 0–1. */
  retentionRate: number;
  /** Yearly discount rate (the cost of money): fraction 0–1, 0.1 = 10% a year. */
  discountRate: number;
  /** Horizon: repeat years counted after the acquisition year, a whole number from 1 to 100. */
  years: number;
  /**
   * Cost of serving a retained customer for one repeat year (support, account management, loyalty
   * perks): money per year, finite, ≥ 0. Not charged in year 0, whose costs belong to acquisition.
   */
  costToServePerYear: number;
  /** New customers each retained customer refers per repeat year: count per year, 0–10 (may be fractional). */
  referralsPerYear: number;
  /** How each referred customer is credited; see `ReferralCredit` and `DEFAULT_REFERRAL_CREDIT`. */
  referralCredit: ReferralCredit;
}

/** A campaign: what it cost and how many customers it brought, who all share the same `LtvInputs`. */
export interface CampaignInputs extends LtvInputs {
  /** What the campaign cost: money, finite, > 0 (ROI divides by it). */
  spend: number;
  /** Customers the campaign acquired: count, finite, ≥ 0 (may be fractional, e.g. an expected count). */
  newCustomers: number;
}

/** One year of a customer's lifetime value. */
export interface LtvYear {
  /** 0 for the acquisition year, then 1…years. */
  year: number;
  /**
   * That year's contribution, discounted to today (money): the first-order margin in year 0; the
   * repeat contribution plus referral credit after. May be negative when cost to serve exceeds margin.
   */
  value: number;
  /** Sum of `value` from year 0 to this year (money). */
  cumulative: number;
}

/** One customer's lifetime value and its parts, all money discounted to the acquisition year. */
export interface LtvResult {
  /** firstOrder + repeat + referral. */
  total: number;
  /** First-order margin: firstOrderValue × grossMargin, in year 0, undiscounted. Never negative. */
  firstOrder: number;
  /** Expected discounted repeat contribution, net of cost to serve, over years 1…years. May be negative. */
  repeat: number;
  /**
   * Expected discounted credit for the customers this one refers. Negative only with `'lifetime'` credit,
   * when a referred customer's repeat years lose more than their first order makes.
   */
  referral: number;
  /** Years 0…years in order; the last `cumulative` equals `total` up to rounding. */
  byYear: LtvYear[];
}

/** The cohort a campaign acquired, by the end of one year. */
export interface CampaignYear {
  /** 0 for the acquisition year, then 1…years. */
  year: number;
  /** Discounted contribution of all the campaign's customers from year 0 to this year (money). */
  cumulative: number;
}

/** A campaign's return, credited with the first sale only and with the customers' lifetime value. */
export interface CampaignResult {
  /** (newCustomers × first-order margin − spend) / spend: fraction, −1 = lost everything, 0 = broke even. */
  firstSaleRoi: number;
  /** (newCustomers × lifetime value − spend) / spend: fraction. */
  lifetimeRoi: number;
  /**
   * lifetimeRoi − firstSaleRoi: how much ROI the first-sale view leaves out (fraction). Negative when the
   * repeat years and referrals together lose money.
   */
  uplift: number;
  /** The first year (0…years) whose cumulative cohort contribution covers the spend; `null` if none does. */
  paybackYear: number | null;
  /** Years 0…years: cumulative discounted cohort contribution, newCustomers × the customer's cumulative. */
  byYear: CampaignYear[];
}

function checkFraction(value: unknown, field: string): void {
  checkNumber(value, field, 'a fraction from 0 to 1', (n) => n >= 0 && n <= 1);
}

function checkAtLeastZero(value: unknown, field: string, noun: 'amount' | 'number'): void {
  checkNumber(value, field, `a finite ${noun} of at least 0`, (n) => n >= 0);
}

/**
 * The margin multiple: how many years of margin a customer is worth today over an unlimited horizon,
 * r / (1 + d − r), the sum of (r / (1 + d))^t for t = 1, 2, 3, … (Gupta & Lehmann 2003).
 *
 * Multiply a retained customer's yearly margin by it to get their repeat value without a year-by-year
 * table. For example r = 0.8, d = 0.1 gives 0.8 / 0.3 = 2.67; r = 0.9, d = 0.1 gives 4.5. The first
 * order (year 0) is not included.
 *
 * @param retentionRate share of customers still buying a year later: fraction 0–1.
 * @param discountRate yearly discount rate: fraction 0–1.
 * @returns years of margin (unitless), ≥ 0. Retention 1 is allowed when the discount rate is above 0
 *   (the multiple is then 1 / d): the discounting alone keeps the sum finite.
 * @throws RangeError if either rate is outside 0–1, or retentionRate is not below 1 + discountRate
 *   (retention 1 with no discount: every future year counts in full, so the sum never ends).
 */
export function marginMultiple(retentionRate: number, discountRate: number): number {
  checkFraction(retentionRate, 'retentionRate');
  checkFraction(discountRate, 'discountRate');
  // (1 − r) + d rather than 1 + d − r: 1 − r is exact for r near 1, so a tiny d is not lost in 1 + d.
  const denominator = 1 - retentionRate + discountRate;
  const pair = `(got ${retentionRate} with discountRate ${discountRate})`;
  if (denominator <= 0) {
    throw new RangeError(
      `retentionRate must be less than 1 + discountRate ${pair}: a customer kept for ever at no discount ` +
        'is worth an unbounded margin multiple',
    );
  }
  const multiple = retentionRate / denominator;
  // A subnormal discount rate (around 1e-308) with retention 1 passes the check above but overflows.
  if (!Number.isFinite(multiple)) {
    throw new RangeError(`retentionRate is too close to 1 + discountRate ${pair}: the margin multiple overflows`);
  }
  return multiple;
}

/** Validates every field of `LtvInputs`, in declaration order, throwing `RangeError` for the first bad one. */
function checkLtvInputs(i: LtvInputs): void {
  checkAtLeastZero(i.firstOrderValue, 'firstOrderValue', 'amount');
  checkAtLeastZero(i.repeatOrderValue, 'repeatOrderValue', 'amount');
  checkAtLeastZero(i.ordersPerYear, 'ordersPerYear', 'number');
  checkFraction(i.grossMargin, 'grossMargin');
  // The year-by-year sum stops at `years`, so retention 1 stays finite here even with no discount.
  checkFraction(i.retentionRate, 'retentionRate');
  checkFraction(i.discountRate, 'discountRate');
  checkNumber(
    i.years,
    'years',
    `a whole number from ${YEARS_MIN} to ${YEARS_MAX}`,
    (n) => Number.isInteger(n) && n >= YEARS_MIN && n <= YEARS_MAX,
  );
  checkAtLeastZero(i.costToServePerYear, 'costToServePerYear', 'amount');
  checkNumber(
    i.referralsPerYear,
    'referralsPerYear',
    `a number from 0 to ${REFERRALS_PER_YEAR_MAX}`,
    (n) => n >= 0 && n <= REFERRALS_PER_YEAR_MAX,
  );
  const credit: unknown = i.referralCredit;
  if (!REFERRAL_CREDITS.some((c) => c === credit)) {
    throw new RangeError(
      `referralCredit must be ${REFERRAL_CREDITS.map((c) => JSON.stringify(c)).join(' or ')} (got ${describeValue(credit)})`,
    );
  }
}

/**
 * One customer's expected lifetime value, discounted to the acquisition year, with its parts and a
 * year-by-year table.
 *
 * - Year 0: the first-order margin, firstOrderValue × grossMargin, undiscounted and certain (survival 1).
 *   No cost to serve (it belongs to acquisition) and no referrals: the model assumes a customer refers
 *   others only after experiencing the product, which takes at least the first year.
 * - Year t = 1…years: weight w_t = retentionRate^t / (1 + discountRate)^t (survival × discount), and
 *   - repeat: w_t × (ordersPerYear × repeatOrderValue × grossMargin − costToServePerYear). Cost to serve
 *     falls only on retained customers, like the margin it is set against. When it exceeds the yearly
 *     margin the year's contribution is negative and is kept that way: a customer who costs more to
 *     serve than they bring is a real loss, and hiding it would flatter the number.
 *   - referral: w_t × referralsPerYear × credit: each retained customer refers `referralsPerYear` new
 *     customers that year. Credit per referred customer is the first-order margin (`'first-order'`) or
 *     that customer's own lifetime value excluding their referrals (`'lifetime'`), i.e. firstOrder +
 *     repeat from these same inputs, so referred customers are assumed to behave like the referrer. The
 *     lifetime credit is valued at the referral year and discounted along with the referral, and the
 *     table books it all in that year, not spread over the referred customer's own years.
 *
 * @returns money discounted to year 0; never NaN or ±Infinity.
 * @throws RangeError naming the first invalid field (see `LtvInputs` for each range), or naming the
 *   money fields if the inputs are so large the value overflows.
 */
export function customerLifetimeValue(i: LtvInputs): LtvResult {
  checkLtvInputs(i);
  const firstOrder = i.firstOrderValue * i.grossMargin;
  const yearlyMargin = i.ordersPerYear * i.repeatOrderValue * i.grossMargin;
  if (!Number.isFinite(yearlyMargin)) {
    throw new RangeError(
      `ordersPerYear × repeatOrderValue is too large: the yearly margin overflows ` +
        `(got ${i.ordersPerYear} × ${i.repeatOrderValue})`,
    );
  }
  const yearlyContribution = yearlyMargin - i.costToServePerYear;

  // Each weight from the one before, (r / (1 + d)) at a time: multiplying non-negative numbers rounds
  // monotonically, so higher retention or a lower discount rate can never lower a weight through
  // rounding, and the lab's sliders never move CLV the wrong way.
  const step = i.retentionRate / (1 + i.discountRate);
  const weights: number[] = [];
  let weight = 1;
  for (let t = 1; t <= i.years; t++) {
    weight *= step;
    weights.push(weight);
  }

  let repeat = 0;
  for (const w of weights) repeat += w * yearlyContribution;
  const credit = i.referralCredit === 'first-order' ? firstOrder : firstOrder + repeat;

  let referral = 0;
  const byYear: LtvYear[] = [{ year: 0, value: firstOrder, cumulative: firstOrder }];
  let cumulative = firstOrder;
  weights.forEach((w, index) => {
    const referralValue = w * i.referralsPerYear * credit;
    referral += referralValue;
    // + 0 turns −0 (a zero weight times a negative contribution) into 0, so a table never shows "−0".
    const value = w * yearlyContribution + referralValue + 0;
    cumulative += value;
    byYear.push({ year: index + 1, value, cumulative });
  });

  const total = firstOrder + repeat + referral;
  const sums = [total, repeat, referral, credit, ...byYear.flatMap((y) => [y.value, y.cumulative])];
  if (!sums.every(Number.isFinite)) {
    throw new RangeError(
      'firstOrderValue, repeatOrderValue, ordersPerYear and costToServePerYear are too large: the lifetime ' +
        `value overflows (got ${i.firstOrderValue}, ${i.repeatOrderValue}, ${i.ordersPerYear} and ` +
        `${i.costToServePerYear})`,
    );
  }
  return { total, firstOrder, repeat, referral, byYear };
}

/**
 * A campaign's ROI credited two ways, with the first sale only and with the acquired customers'
 * lifetime value, and the year its cumulative cohort contribution pays the spend back.
 *
 * - firstSaleRoi = (newCustomers × firstOrderValue × grossMargin − spend) / spend
 * - lifetimeRoi = (newCustomers × customerLifetimeValue(c).total − spend) / spend
 * - uplift = lifetimeRoi − firstSaleRoi, the share of spend the first-sale view leaves out
 * - byYear[t].cumulative = newCustomers × customerLifetimeValue(c).byYear[t].cumulative, t = 0…years
 * - paybackYear = the first t with byYear[t].cumulative ≥ spend, or `null` if the horizon never covers it
 *
 * Every customer the campaign brings is assumed to share the same inputs, and the spend falls in year 0,
 * so it is compared with discounted contributions without discounting itself. Referral credit counts
 * towards lifetime ROI and payback like any other contribution.
 *
 * @returns ROI and uplift as fractions (0.25 = 25%), cumulative contributions in money; never NaN or ±Infinity.
 * @throws RangeError naming the first invalid field (the `LtvInputs` fields first, then spend and
 *   newCustomers), or the field to blame when a product or ratio overflows.
 */
export function campaignRoi(c: CampaignInputs): CampaignResult {
  const clv = customerLifetimeValue(c);
  checkNumber(c.spend, 'spend', 'a finite amount greater than 0', (n) => n > 0);
  checkAtLeastZero(c.newCustomers, 'newCustomers', 'number');

  const firstSaleValue = c.newCustomers * clv.firstOrder;
  const lifetimeValue = c.newCustomers * clv.total;
  const byYear = clv.byYear.map(({ year, cumulative }) => ({ year, cumulative: c.newCustomers * cumulative }));
  if (![firstSaleValue, lifetimeValue, ...byYear.map((y) => y.cumulative)].every(Number.isFinite)) {
    throw new RangeError(
      `newCustomers is too large: newCustomers × the lifetime value overflows (got ${c.newCustomers} × ${clv.total})`,
    );
  }

  const firstSaleRoi = (firstSaleValue - c.spend) / c.spend;
  const lifetimeRoi = (lifetimeValue - c.spend) / c.spend;
  const uplift = lifetimeRoi - firstSaleRoi;
  // Only a spend near the bottom of the float range (or returns near the top) can overflow these.
  if (![firstSaleRoi, lifetimeRoi, uplift].every(Number.isFinite)) {
    throw new RangeError(`spend is too small to divide the returns by: ROI overflows (got ${c.spend})`);
  }

  const payback = byYear.find((y) => y.cumulative >= c.spend);
  return { firstSaleRoi, lifetimeRoi, uplift, paybackYear: payback?.year ?? null, byYear };
}
