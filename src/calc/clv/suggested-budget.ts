/**
 * A budget to start the hand-off to the allocation lab from. Its own module, free of the
 * allocation lab's scenario code, so the customer-base page can show it without sharing a chunk
 * with the allocation lab (whose JS budget is tight).
 */
import type { ValueTier } from './analysis';

/** The allocation lab's largest budget (`ALLOCATION_LIMITS.budget.max`; a test keeps them equal). */
export const MAX_BUDGET = 1e9;

/** A tenth of the tiers' expected value, to two significant figures. */
export function suggestedBudget(tiers: readonly ValueTier[]): number {
  const total = tiers.reduce((sum, t) => sum + t.customers * t.valuePerCustomer, 0) / 10;
  if (!(total > 0)) return 1000;
  const magnitude = Math.pow(10, Math.floor(Math.log10(total)) - 1);
  return Math.min(MAX_BUDGET, Math.max(1, Math.round(total / magnitude) * magnitude));
}
