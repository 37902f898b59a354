/**
 * Shaun Smith's value equation (smith+co, "Where value comes from", 2008):
 *
 *     customer perceived value = (product quality + service quality) / (price + hassle)
 *
 * where hassle is the cost of inconvenience. Smith asks that the equation be attributed when used, so
 * any page that shows these numbers should cite `where-value-comes-from#value-equation`.
 *
 * Ratings come from customer research on a 0–10 scale, and every number is how the customer sees
 * it: price 10 feels very expensive, hassle 10 feels very inconvenient. Perceived value is a ratio of
 * ratings, so it has no unit; it is only meaningful compared with another offer's value.
 *
 * Pure arithmetic: no DOM, Astro, store or chart imports, so the lab, its tests and any page can share
 * it. Every function validates its input and throws `RangeError` rather than return NaN or ±Infinity,
 * because a lab that quietly shows "NaN" teaches nothing.
 */

import { describeValue } from './checks';

/** One offer as customers rate it. Every field is a rating 0–10, as customers perceive it. */
export interface Offer {
  /** How good the product itself is: rating 0–10, 10 = best. */
  productQuality: number;
  /** How good the service around the product is: rating 0–10, 10 = best. */
  serviceQuality: number;
  /** How expensive the offer feels: rating 0–10, 10 = feels very expensive. */
  price: number;
  /** The cost of inconvenience (effort, waiting, risk): rating 0–10, 10 = very inconvenient. */
  hassle: number;
}

/** One of the four things a firm can change to move perceived value. */
export type Lever = keyof Offer;

/** How much perceived value one step of a lever would add. */
export interface LeverGain {
  lever: Lever;
  /** Perceived value after the step minus before it; never negative. */
  gain: number;
}

/** Which side of a comparison an offer is, used to name the field in error messages. */
type Side = 'you' | 'competitor';

/** Lowest rating on the research scale. */
export const RATING_MIN = 0;
/** Highest rating on the research scale. */
export const RATING_MAX = 10;

/**
 * The four levers in their tie-break order: the benefits Smith puts on top of the equation first,
 * then the costs underneath, each in the order he names them.
 */
export const LEVERS: readonly Lever[] = ['productQuality', 'serviceQuality', 'price', 'hassle'];

/**
 * The lowest total cost (price + hassle, ratings 0–10) that `leverGains` will move an offer to.
 *
 * 0.1 is the finest rating the lab accepts, so it is the smallest total cost a learner could enter;
 * letting a cost lever push the total to 0 would make perceived value unbounded and the "best lever"
 * answer meaningless.
 */
export const MIN_TOTAL_COST = 0.1;

function fieldName(field: string, side: Side | undefined): string {
  return side === undefined ? field : `${side}.${field}`;
}

function checkRating(value: unknown, field: Lever, side: Side | undefined): void {
  // `typeof` as well as the range: a form field read without conversion arrives as a string, and
  // "5" <= 10 would otherwise pass.
  if (typeof value !== 'number' || !Number.isFinite(value) || value < RATING_MIN || value > RATING_MAX) {
    throw new RangeError(
      `${fieldName(field, side)} must be a number from ${RATING_MIN} to ${RATING_MAX} (got ${describeValue(value)})`,
    );
  }
}

/**
 * Validates an offer and returns its total cost (price + hassle), the denominator of the equation.
 * Throws `RangeError` naming the first bad field.
 */
function checkOffer(o: Offer, side?: Side): number {
  for (const lever of LEVERS) checkRating(o[lever], lever, side);
  const total = o.price + o.hassle;
  const price = fieldName('price', side);
  const hassle = fieldName('hassle', side);
  const why = 'an offer that feels free and effortless has unbounded value';
  if (total <= 0) {
    throw new RangeError(`${price} + ${hassle} must be greater than 0 (got ${o.price} + ${o.hassle}): ${why}`);
  }
  // A subnormal total (around 1e-308) passes the check above but still overflows the division; the
  // best possible qualities (10 + 10) are what leverGains may divide, so guard for those.
  if (!Number.isFinite((2 * RATING_MAX) / total)) {
    throw new RangeError(`${price} + ${hassle} is too close to 0 (got ${o.price} + ${o.hassle}): ${why}`);
  }
  return total;
}

/**
 * The competitor's perceived value, which the two-offer functions divide by. Throws `RangeError`
 * naming `competitor.productQuality` when it is 0 (or so small it rounds to 0), because "how many
 * times the competitor's value" is then undefined.
 */
function competitorValue(competitor: Offer): number {
  const value = valueOf(competitor, 'competitor');
  if (value === 0) throw competitorError(competitor);
  return value;
}

function competitorError(competitor: Offer): RangeError {
  const { productQuality, serviceQuality } = competitor;
  const [problem, because] =
    productQuality + serviceQuality === 0
      ? ['must be greater than 0', 'is 0']
      : ['is too close to 0', 'is too small to divide by'];
  return new RangeError(
    `competitor.productQuality + competitor.serviceQuality ${problem} (got ${productQuality} + ${serviceQuality}): ` +
      `the competitor's perceived value ${because}, so the ratio is undefined`,
  );
}

/**
 * Customer perceived value: (productQuality + serviceQuality) / (price + hassle).
 *
 * Unitless and only meaningful next to another offer's value: 0 means no quality at all, 1 is an offer
 * at the middle of every scale, 200 is top quality at a total cost of `MIN_TOTAL_COST`. It grows
 * without bound as the total cost nears 0, which is why a total of exactly 0 is rejected.
 *
 * @throws RangeError if a rating is not a finite number from 0 to 10, or if price + hassle is 0.
 */
export function perceivedValue(o: Offer): number {
  return valueOf(o);
}

/** perceivedValue with the side named in error messages, for the two-offer functions. */
function valueOf(o: Offer, side?: Side): number {
  const total = checkOffer(o, side);
  return (o.productQuality + o.serviceQuality) / total;
}

/**
 * Your perceived value as a multiple of the competitor's: above 1 customers see more value in your
 * offer, below 1 less. A ratio rather than a difference because the equation's values have no unit.
 *
 * @throws RangeError for an invalid rating (named `you.…` or `competitor.…`), a zero total cost, or a
 *   competitor with no perceived value (both qualities 0), since the ratio is then undefined.
 */
export function relativeValue(you: Offer, competitor: Offer): number {
  const yours = valueOf(you, 'you');
  const theirs = competitorValue(competitor);
  const ratio = yours / theirs;
  // Only a competitor value near the bottom of the float range can overflow this.
  if (!Number.isFinite(ratio)) throw competitorError(competitor);
  return ratio;
}

/**
 * The perceived value one `step` of each lever would add, best lever first.
 *
 * Each lever moves one step the good way (qualities up, price and hassle down), clamped to the 0–10
 * scale, with the other three held still. A cost lever never takes price + hassle below
 * `MIN_TOTAL_COST`, and does not move at all if the total is already at or below it. A lever already
 * at its limit (quality 10, cost 0) gains 0.
 *
 * Because the equation is a ratio, the answer depends on the offer: cutting cost pays most when
 * qualities are high and cost is already low; raising quality pays most when cost is high.
 *
 * @param o the offer to improve (ratings 0–10).
 * @param step how far to move each lever: rating points, greater than 0 and at most 10. Default 1.
 * @returns all four levers sorted by gain, largest first; equal gains keep the order productQuality,
 *   serviceQuality, price, hassle (see `LEVERS`). Gains are never negative.
 * @throws RangeError for an invalid rating, a zero total cost, or a bad `step`.
 */
export function leverGains(o: Offer, step = 1): LeverGain[] {
  const total = checkOffer(o);
  // typeof guards callers outside TypeScript; the upper bound is the width of the scale, beyond which
  // every step means the same thing.
  if (typeof step !== 'number' || !Number.isFinite(step) || step <= 0 || step > RATING_MAX - RATING_MIN) {
    throw new RangeError(
      `step must be a number greater than 0 and at most ${RATING_MAX - RATING_MIN} (got ${describeValue(step)})`,
    );
  }
  const quality = o.productQuality + o.serviceQuality;
  const before = quality / total;

  // Value depends only on the two sums, so each lever is a change to one of them. Moving by
  // min(step, room) rather than computing the clamped rating keeps levers that move the same
  // distance computing the very same sum, so mathematical ties stay exact ties in floating point.
  const raise = (rating: number): number => quality + Math.min(step, RATING_MAX - rating);
  const cut = (rating: number): number =>
    total <= MIN_TOTAL_COST ? total : Math.max(MIN_TOTAL_COST, total - Math.min(step, rating - RATING_MIN));

  const gains: LeverGain[] = [
    { lever: 'productQuality', gain: raise(o.productQuality) / total - before },
    { lever: 'serviceQuality', gain: raise(o.serviceQuality) / total - before },
    { lever: 'price', gain: quality / cut(o.price) - before },
    { lever: 'hassle', gain: quality / cut(o.hassle) - before },
  ];
  // Array.prototype.sort is stable, so equal gains keep the LEVERS order above.
  return gains.sort((a, b) => b.gain - a.gain);
}

/**
 * The price rating at which your perceived value would equal the competitor's, all else unchanged:
 * (you.productQuality + you.serviceQuality) / perceivedValue(competitor) − you.hassle.
 *
 * The answer is not clamped to the scale, because the distance outside it is the lesson: above 10
 * means even the top of the price scale keeps your advantage; below 0 means even a free offer would
 * not match the competitor, and hassle or quality must change instead.
 *
 * Price and hassle weigh the same in the equation (only their sum matters), so
 * `you.price − valueEquivalentPrice(you, c)` equals `you.hassle − valueEquivalentHassle(you, c)`:
 * the headroom is the same number of rating points on either cost.
 *
 * @returns a price rating (0–10 scale, possibly outside it).
 * @throws RangeError for an invalid rating (named `you.…` or `competitor.…`), a zero total cost, or a
 *   competitor with no perceived value (both qualities 0).
 */
export function valueEquivalentPrice(you: Offer, competitor: Offer): number {
  return equivalentCost(you, competitor) - you.hassle;
}

/**
 * The hassle rating at which your perceived value would equal the competitor's, all else unchanged:
 * (you.productQuality + you.serviceQuality) / perceivedValue(competitor) − you.price.
 *
 * As with `valueEquivalentPrice`, the answer may fall outside 0–10: above 10 means even the most
 * inconvenient offer keeps your advantage; below 0 means even an effortless one would not match, so
 * price or quality must change. Price and hassle weigh the same in the equation, so
 * `you.hassle − valueEquivalentHassle(you, c)` equals `you.price − valueEquivalentPrice(you, c)`.
 *
 * @returns a hassle rating (0–10 scale, possibly outside it).
 * @throws RangeError for an invalid rating, a zero total cost, or a competitor with no perceived value.
 */
export function valueEquivalentHassle(you: Offer, competitor: Offer): number {
  return equivalentCost(you, competitor) - you.price;
}

/** The total cost (price + hassle) at which your value equals the competitor's. */
function equivalentCost(you: Offer, competitor: Offer): number {
  checkOffer(you, 'you');
  const theirs = competitorValue(competitor);
  const total = (you.productQuality + you.serviceQuality) / theirs;
  if (!Number.isFinite(total)) throw competitorError(competitor);
  return total;
}
