/**
 * Everything the allocation lab shows for a portfolio and a budget: the four strategies side by side,
 * which wins and why (equal return on the last unit of money), what treating everyone the same gives
 * up, where the next unit of money would go, and the curve of the best uplift against budget.
 *
 * Pure: no DOM, stores or chart imports; money is currency-free. Never throws: a portfolio the model
 * cannot compute comes back as `{ ok: false, message }` in plain words.
 */
import { STRATEGIES, allocate, marginalReturn, type Allocation, type Strategy, type Tier } from './allocation';

export interface StrategyResult extends Allocation {
  strategy: Strategy;
  /** Σ customers × value now + totalUplift (money). */
  valueAfter: number;
}

export interface AllocationReport {
  ok: true;
  /** One per strategy, in `STRATEGIES` order. */
  strategies: StrategyResult[];
  /** The strategy with the largest uplift; `optimal` on a tie (it is never beaten). */
  best: Strategy;
  /** Σ customers × value now (money). */
  valueBefore: number;
  /** Σ customers × (potential − value): the most any budget could add (money). */
  totalUpside: number;
  /** Best uplift − the equal strategy's: what treating everyone the same gives up (money, ≥ 0). */
  equalShortfall: number;
  /**
   * What the last unit of money returns in every funded tier under the best split (money per unit of
   * money); `null` with no budget or no upside anywhere.
   */
  lastUnitReturn: number | null;
  /** Every strategy lifts value by the same (one tier, say, or no upside): none is better. */
  tied: boolean;
  /** Tiers the best split funds, by index: the next unit of money is spread across them. */
  funded: number[];
  /**
   * The unfunded tier (with customers and upside) whose first unit of money would return most, and
   * what it would return: it gets money once the funded tiers' return falls that low. `null` if none.
   */
  nextUnfunded: { tier: number; returnPerUnit: number } | null;
  /**
   * The best uplift at budgets from 0 to twice this one, for the curve of diminishing returns, with
   * what the next unit of money returns at each (the curve's slope); `null` where nothing can be lifted.
   */
  curve: { budget: number; uplift: number; nextReturn: number | null }[];
}

/** Points on the curve of best uplift against budget, from 0 to twice the budget. */
const CURVE_POINTS = 21;

export function allocationReport(
  tiers: readonly Tier[],
  budget: number,
): AllocationReport | { ok: false; message: string } {
  try {
    const valueBefore = tiers.reduce((sum, t) => sum + t.customers * t.valuePerCustomer, 0);
    const strategies = STRATEGIES.map((strategy): StrategyResult => {
      const result = allocate(tiers, budget, strategy);
      return { ...result, strategy, valueAfter: valueBefore + result.totalUplift };
    });
    const optimal = strategies[STRATEGIES.indexOf('optimal')] ?? strategies[0];
    const equal = strategies[STRATEGIES.indexOf('equal')];
    if (!optimal || !equal) throw new RangeError('strategies are missing');
    const best = strategies.reduce((a, b) => (b.totalUplift > a.totalUplift * (1 + 1e-12) ? b : a), optimal).strategy;
    const anyUpside = tiers.some((t) => t.customers > 0 && t.potentialPerCustomer > t.valuePerCustomer);
    const funded = optimal.tiers.flatMap((row, i) => (row.spend > 0 ? [i] : []));
    const returnAt = (spends: readonly number[]): number | null => {
      if (!anyUpside) return null;
      // Every funded tier returns the same on its last unit; with no budget, the best first unit.
      return Math.max(...tiers.map((tier, i) => marginalReturn(tier, spends[i] ?? 0)));
    };
    const lastUnitReturn = budget > 0 ? returnAt(optimal.tiers.map((t) => t.spend)) : null;
    const candidates = tiers
      .map((tier, i) => ({ tier, i, first: marginalReturn(tier, 0) }))
      .filter(
        ({ tier, i }) => !funded.includes(i) && tier.customers > 0 && tier.potentialPerCustomer > tier.valuePerCustomer,
      )
      .sort((a, b) => b.first - a.first);
    const next = candidates[0];
    const spread =
      Math.max(...strategies.map((r) => r.totalUplift)) - Math.min(...strategies.map((r) => r.totalUplift));
    const scale = budget > 0 ? budget : Math.max(1, valueBefore / 10);
    return {
      ok: true,
      strategies,
      best,
      valueBefore,
      totalUpside: tiers.reduce((sum, t) => sum + t.customers * (t.potentialPerCustomer - t.valuePerCustomer), 0),
      equalShortfall: Math.max(0, optimal.totalUplift - equal.totalUplift),
      lastUnitReturn,
      tied: spread <= 1e-9 * Math.max(1, optimal.totalUplift),
      funded,
      nextUnfunded: next ? { tier: next.i, returnPerUnit: next.first } : null,
      curve: Array.from({ length: CURVE_POINTS }, (_, k) => {
        const at = (2 * scale * k) / (CURVE_POINTS - 1);
        const result = allocate(tiers, at, 'optimal');
        return { budget: at, uplift: result.totalUplift, nextReturn: returnAt(result.tiers.map((t) => t.spend)) };
      }),
    };
  } catch (error) {
    return {
      ok: false,
      message:
        error instanceof RangeError
          ? `These tiers cannot be calculated: ${error.message}.`
          : 'These tiers cannot be calculated. Check the numbers in the tier editor.',
    };
  }
}
