/**
 * Customer-centric investment allocation: how a marketing budget spread across customer tiers lifts
 * the portfolio's value, under four strategies.
 *
 * Peter Fader's customer centricity, as Tim Suther relays it (`service-vs-centric`): not all customers
 * are equal, so invest in proportion to customer value potential and move customers into more
 * valuable strata, rather than treat everyone "great". The response model and the optimiser are this
 * course's own: the article gives neither.
 *
 * Response model: spending x per customer in a tier lifts each customer's value by
 *   (potentialPerCustomer − valuePerCustomer) · x / (x + halfResponseSpend),
 * diminishing returns that approach the tier's upside and capture half of it at x = halfResponseSpend.
 *
 * Money is currency-free; value and spend must be in the same currency, since ROI compares them.
 * Pure arithmetic: no DOM, Astro, store or chart imports. Every function validates its input and
 * throws `RangeError` naming the field rather than return NaN or ±Infinity.
 */
import { checkNumber, describeValue } from './checks';

/** A stratum of customers. */
export interface Tier {
  /** What the tier is called ("Top value"); only shown, never computed with. */
  name: string;
  /** Customers in the tier: count, finite, ≥ 0 (may be fractional, e.g. an estimate). */
  customers: number;
  /** What a customer in the tier is worth now (money per customer, e.g. yearly value), ≥ 0. */
  valuePerCustomer: number;
  /** What a customer could be worth if moved up (money per customer), ≥ valuePerCustomer. */
  potentialPerCustomer: number;
  /** Spend per customer that captures half the tier's upside (money per customer), > 0. */
  halfResponseSpend: number;
}

/**
 * - `equal`: the same spend per customer in every tier ("treat everyone great");
 * - `current-value`: in proportion to each tier's current value, customers × valuePerCustomer;
 * - `value-potential`: in proportion to each tier's potential, customers × potentialPerCustomer (Fader);
 * - `optimal`: the split that lifts value most, where every tier that receives money returns the same
 *   on its last unit of spend.
 */
export type Strategy = 'equal' | 'current-value' | 'value-potential' | 'optimal';

export const STRATEGIES: readonly Strategy[] = ['equal', 'current-value', 'value-potential', 'optimal'];

export interface TierAllocation {
  name: string;
  /** The tier's total spend (money). */
  spend: number;
  /** The tier's total lift in value (money). */
  uplift: number;
}

export interface Allocation {
  /** One row per tier, in the order given. Spends add up to the budget. */
  tiers: TierAllocation[];
  /** Sum of the tiers' uplift (money). */
  totalUplift: number;
  /** (totalUplift − budget) / budget: fraction; 0 when the budget is 0 (nothing spent, nothing returned). */
  roi: number;
}

function checkTiers(tiers: readonly Tier[]): void {
  const list: unknown = tiers;
  if (!Array.isArray(list) || list.length === 0) {
    throw new RangeError(`tiers must be a list of at least one tier (got ${describeValue(list)})`);
  }
  tiers.forEach((tier, i) => {
    const at = `tiers[${i}]`;
    if (typeof tier.name !== 'string') {
      throw new RangeError(`${at}.name must be text (got ${describeValue(tier.name)})`);
    }
    checkNumber(tier.customers, `${at}.customers`, 'a finite number of at least 0', (n) => n >= 0);
    checkNumber(tier.valuePerCustomer, `${at}.valuePerCustomer`, 'a finite amount of at least 0', (n) => n >= 0);
    checkNumber(
      tier.potentialPerCustomer,
      `${at}.potentialPerCustomer`,
      `a finite amount of at least the value per customer, ${tier.valuePerCustomer}`,
      (n) => n >= tier.valuePerCustomer,
    );
    checkNumber(tier.halfResponseSpend, `${at}.halfResponseSpend`, 'a finite amount greater than 0', (n) => n > 0);
  });
  if (tiers.reduce((sum, t) => sum + t.customers, 0) <= 0) {
    throw new RangeError('tiers must hold at least one customer between them (every tier has 0 customers)');
  }
}

/** What a tier's customers could gain at most, each: potential − value (money per customer). */
export function upsidePerCustomer(tier: Tier): number {
  return tier.potentialPerCustomer - tier.valuePerCustomer;
}

/** A tier's total lift in value from a total spend on it, under the response model (money). */
export function tierUplift(tier: Tier, spend: number): number {
  if (spend <= 0 || tier.customers <= 0) return 0;
  const perCustomer = spend / tier.customers;
  return (tier.customers * upsidePerCustomer(tier) * perCustomer) / (perCustomer + tier.halfResponseSpend);
}

/**
 * What the next unit of money spent on a tier returns, at a total spend on it: the derivative of
 * `tierUplift`, upside · h / (x + h)² with x the spend per customer. It falls as spend rises.
 */
export function marginalReturn(tier: Tier, spend: number): number {
  if (tier.customers <= 0) return 0;
  const perCustomer = Math.max(0, spend) / tier.customers;
  const h = tier.halfResponseSpend;
  return (upsidePerCustomer(tier) * h) / (perCustomer + h) ** 2;
}

/** Spends in proportion to `weights`; equal spend per customer when the weights are all 0. */
function proportional(tiers: readonly Tier[], budget: number, weights: number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  if (total > 0) return weights.map((w) => (budget * w) / total);
  const customers = tiers.reduce((sum, t) => sum + t.customers, 0);
  return tiers.map((t) => (budget * t.customers) / customers);
}

/**
 * The allocation that lifts value most, solved exactly (no iteration to a tolerance).
 *
 * Spending x per customer on a tier returns upside · h / (x + h)² on the next unit of money, which
 * falls as x rises, so the best split gives money to a tier only while its next unit returns as much
 * as any other's, and stops where every funded tier returns the same λ:
 *   x = √(upside · h / λ) − h   for tiers whose first unit returns more than λ (upside / h > λ),
 *   x = 0                        for the rest.
 * With the funded tiers known, the budget fixes λ in closed form:
 *   √(1/λ) = (budget + Σ customers · h) / Σ customers · √(upside · h).
 * The funded tiers are the k with the highest upside / h; the right k is the largest whose k-th tier
 * still returns more than the λ it implies (water-filling). A tier with no upside never gets money.
 * Every tier without upside (or customers): the budget is spread equally per customer, lifting nothing.
 */
function optimalSpends(tiers: readonly Tier[], budget: number): number[] {
  const candidates = tiers
    .map((tier, index) => ({ index, tier, upside: upsidePerCustomer(tier) }))
    .filter((c) => c.upside > 0 && c.tier.customers > 0)
    .sort((a, b) => b.upside / b.tier.halfResponseSpend - a.upside / a.tier.halfResponseSpend);
  if (candidates.length === 0 || budget === 0) {
    return budget === 0
      ? tiers.map(() => 0)
      : proportional(
          tiers,
          budget,
          tiers.map(() => 0),
        );
  }
  for (let k = candidates.length; k >= 1; k--) {
    const funded = candidates.slice(0, k);
    const rootInverseLambda =
      (budget + funded.reduce((sum, c) => sum + c.tier.customers * c.tier.halfResponseSpend, 0)) /
      funded.reduce((sum, c) => sum + c.tier.customers * Math.sqrt(c.upside * c.tier.halfResponseSpend), 0);
    const lambda = 1 / rootInverseLambda ** 2;
    const last = funded[k - 1];
    if (k === 1 || (last && last.upside / last.tier.halfResponseSpend > lambda)) {
      const spends = tiers.map(() => 0);
      for (const c of funded) {
        const perCustomer = Math.max(
          0,
          Math.sqrt(c.upside * c.tier.halfResponseSpend) * rootInverseLambda - c.tier.halfResponseSpend,
        );
        spends[c.index] = perCustomer * c.tier.customers;
      }
      // Rounding can leave the spends a few units in the last place off the budget; give the
      // difference to the largest, so they add up as promised.
      const gap = budget - spends.reduce((sum, s) => sum + s, 0);
      const largest = spends.indexOf(Math.max(...spends));
      spends[largest] = Math.max(0, (spends[largest] ?? 0) + gap);
      return spends;
    }
  }
  return tiers.map(() => 0);
}

/**
 * Splits a budget across tiers by a strategy and reports each tier's spend and uplift.
 *
 * @param tiers one or more tiers (see `Tier` for each range); at least one customer between them.
 * @param budget money to spend: finite, ≥ 0.
 * @param strategy see `Strategy`. `current-value` and `value-potential` fall back to equal spend per
 *   customer when every tier's weight is 0 (no value, or no potential, anywhere).
 * @returns spends adding up to the budget, never negative; uplifts never above a tier's total upside.
 * @throws RangeError naming the first invalid field, the budget, or the strategy.
 */
export function allocate(tiers: readonly Tier[], budget: number, strategy: Strategy): Allocation {
  checkTiers(tiers);
  checkNumber(budget, 'budget', 'a finite amount of at least 0', (n) => n >= 0);
  if (!STRATEGIES.includes(strategy)) {
    throw new RangeError(
      `strategy must be ${STRATEGIES.map((s) => JSON.stringify(s)).join(', ')} (got ${describeValue(strategy)})`,
    );
  }
  const spends =
    strategy === 'equal'
      ? proportional(
          tiers,
          budget,
          tiers.map((t) => t.customers),
        )
      : strategy === 'current-value'
        ? proportional(
            tiers,
            budget,
            tiers.map((t) => t.customers * t.valuePerCustomer),
          )
        : strategy === 'value-potential'
          ? proportional(
              tiers,
              budget,
              tiers.map((t) => t.customers * t.potentialPerCustomer),
            )
          : optimalSpends(tiers, budget);
  const rows = tiers.map((tier, i) => {
    const spend = spends[i] ?? 0;
    return { name: tier.name, spend, uplift: tierUplift(tier, spend) };
  });
  const totalUplift = rows.reduce((sum, r) => sum + r.uplift, 0);
  const roi = budget === 0 ? 0 : (totalUplift - budget) / budget;
  if (![totalUplift, roi, ...rows.map((r) => r.spend)].every(Number.isFinite)) {
    throw new RangeError(
      `budget is too small to divide the uplift by, or the amounts are too large: ROI overflows (got budget ${budget})`,
    );
  }
  return { tiers: rows, totalUplift, roi };
}

/**
 * The best uplift at each of several budgets: the curve of diminishing returns a lab draws, so a
 * learner sees where the next unit of money goes and what it still buys.
 */
export function optimalUpliftCurve(
  tiers: readonly Tier[],
  budgets: readonly number[],
): { budget: number; uplift: number }[] {
  return budgets.map((budget) => ({ budget, uplift: allocate(tiers, budget, 'optimal').totalUplift }));
}
