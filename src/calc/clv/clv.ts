/**
 * Discounted customer lifetime value over a horizon, from the two models together: BG/NBD's expected
 * purchases in each step of the horizon, times gamma-gamma's expected spend per purchase (and a
 * margin, for value rather than revenue), each step discounted to today. It relies on spend not
 * depending on how often a customer buys, the gamma-gamma model's assumption.
 *
 * Pure: invalid input throws `RangeError` naming the field; results are finite.
 */
import { checkNumber } from '../checks';
import { expectedPurchases, expectedPurchasesIfActive, type BgNbdParams, type RepeatSummary } from './bgnbd';
import { expectedAverageSpend, type GammaGammaParams } from './gamma-gamma';

export interface ClvOptions {
  /** How far ahead, in the summary's time unit (weeks for the literature's summaries). */
  horizon: number;
  /** Discount rate per time unit, as a fraction (a 10% yearly rate is about 0.00183 a week). */
  discountRate: number;
  /** Share of spend that is margin, 0–1. Default 1 (revenue). */
  margin?: number;
  /** Steps the horizon is cut into; purchases in a step are discounted at its end. Default: one per 4 units. */
  steps?: number;
  /**
   * The value if the customer is still active (P(alive) taken as 1): what keeping or winning back
   * the customer is worth. The expected value is this times `probabilityAlive`.
   */
  ifActive?: boolean;
}

/** The customer's expected discounted value over the horizon. */
export function discountedClv(
  models: { bgnbd: BgNbdParams; gammaGamma: GammaGammaParams },
  customer: RepeatSummary & { monetary: number },
  { horizon, discountRate, margin = 1, steps, ifActive = false }: ClvOptions,
): number {
  checkNumber(horizon, 'horizon', 'a number of 0 or more', (n) => n >= 0);
  checkNumber(discountRate, 'discountRate', 'a number of 0 or more', (n) => n >= 0);
  checkNumber(margin, 'margin', 'a fraction from 0 to 1', (n) => n >= 0 && n <= 1);
  const count = steps ?? Math.max(1, Math.ceil(horizon / 4));
  checkNumber(count, 'steps', 'a whole number of 1 or more', (n) => Number.isInteger(n) && n >= 1);
  if (horizon === 0) return 0;
  const spend = expectedAverageSpend(models.gammaGamma, customer) * margin;
  let value = 0;
  let before = 0;
  for (let i = 1; i <= count; i++) {
    const t = (horizon * i) / count;
    const cumulative = (ifActive ? expectedPurchasesIfActive : expectedPurchases)(models.bgnbd, t, customer);
    value += ((cumulative - before) * spend) / Math.pow(1 + discountRate, t);
    before = cumulative;
  }
  return value;
}
