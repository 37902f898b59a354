/**
 * Everything the value equation lab shows, computed at once from the two offers. Pure.
 * Where a figure cannot be computed (the competitor offers no value at all), the report says so
 * in words instead of returning a number, so the lab never shows NaN or Infinity.
 */
import {
  leverGains,
  perceivedValue,
  relativeValue,
  valueEquivalentPrice,
  type Lever,
  type Offer,
} from './value-equation';

export interface ValueEquationReport {
  /** Your perceived value: qualities over costs. */
  yourValue: number;
  /** The competitor's perceived value. */
  competitorValue: number;
  /** Your value ÷ the competitor's, or `undefined` when the competitor's value is 0. */
  relative: number | undefined;
  /** Value gained by one step of each lever of your offer, best first. */
  gains: { lever: Lever; gain: number }[];
  /**
   * The price rating at which your value would equal the competitor's (may fall outside 0–10),
   * or `undefined` when the competitor's value is 0.
   */
  equivalentPrice: number | undefined;
  /** How far price + hassle must fall (negative) or may rise (positive) before the values are equal. */
  costHeadroom: number | undefined;
}

/**
 * The lab's figures for two valid offers. Throws `RangeError` only for ratings outside the scale
 * or a price + hassle of 0, which the lab's inputs never let through.
 */
export function valueEquationReport(you: Offer, competitor: Offer): ValueEquationReport {
  const yourValue = perceivedValue(you);
  const competitorValue = perceivedValue(competitor);
  const comparable = competitorValue > 0;
  const equivalentPrice = comparable ? valueEquivalentPrice(you, competitor) : undefined;
  return {
    yourValue,
    competitorValue,
    relative: comparable ? relativeValue(you, competitor) : undefined,
    gains: leverGains(you),
    equivalentPrice,
    costHeadroom: equivalentPrice === undefined ? undefined : equivalentPrice - you.price,
  };
}
