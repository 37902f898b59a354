/**
 * From the customer-base audit's value tiers to a scenario of the allocation lab: "Invest across
 * these tiers". The tiers bring their customers, value now and potential (the value if every one
 * of them were still active); the two things a purchase log cannot say come from the learner: the
 * budget, and how much spend per customer wins back half of a tier's upside (an assumption, set
 * here as a share of the upside, to adjust in the allocation lab). It lives with the customer-base
 * lab, not in `src/calc/`, because it writes another lab's scenario format.
 */
import {
  ALLOCATION_LIMITS,
  MAX_TIERS,
  TIER_NAME_MAX_LENGTH,
  type AllocationState,
} from '../../scenario/labs/allocation';
import type { Currency } from '../../scenario/currency';
import { parseTypedNumber } from '../../scenario/fields';
import type { ValueTier } from '../../calc/clv/analysis';

/** The illustrative default: spending a quarter of a tier's upside per customer wins back half of it. */
export const DEFAULT_HALF_SHARE = 0.25;

const round2 = (n: number): number => Math.round(n * 100) / 100;
const clamp = (n: number, { min, max }: { min: number; max: number }): number => Math.min(max, Math.max(min, n));

export function allocationStateFor(
  tiers: readonly ValueTier[],
  { budget, currency, halfShare = DEFAULT_HALF_SHARE }: { budget: number; currency: Currency; halfShare?: number },
): AllocationState {
  const rows = tiers.slice(0, MAX_TIERS);
  const values = rows.map((t) => clamp(round2(t.valuePerCustomer), ALLOCATION_LIMITS.values));
  const potentials = rows.map((t, i) =>
    clamp(Math.max(round2(t.potentialPerCustomer), values[i] ?? 0), ALLOCATION_LIMITS.potentials),
  );
  return {
    currency,
    budget: clamp(round2(budget), ALLOCATION_LIMITS.budget),
    names: rows.map((t) => t.name.slice(0, TIER_NAME_MAX_LENGTH)),
    customers: rows.map((t) => clamp(t.customers, ALLOCATION_LIMITS.customers)),
    values,
    potentials,
    halves: rows.map((_, i) =>
      clamp(round2(((potentials[i] ?? 0) - (values[i] ?? 0)) * halfShare), ALLOCATION_LIMITS.halves),
    ),
  };
}

/** A budget to start from: a tenth of the tiers' expected value, to two significant figures. */
export function suggestedBudget(tiers: readonly ValueTier[]): number {
  const total = tiers.reduce((sum, t) => sum + t.customers * t.valuePerCustomer, 0) / 10;
  if (!(total > 0)) return 1000;
  const magnitude = Math.pow(10, Math.floor(Math.log10(total)) - 1);
  return Math.min(ALLOCATION_LIMITS.budget.max, Math.max(1, Math.round(total / magnitude) * magnitude));
}

/**
 * The budget the learner types beside the tiers, read as the allocation lab reads its own budget
 * field (`parseTypedNumber`): thousands grouped as people write them ("1,500.50", "1.500,50",
 * "1 500"), a lone "," or "." read by the locale's `decimal` separator. `undefined` unless it is
 * above 0 and within the allocation lab's limit.
 */
export function readHandoffBudget(text: string, decimal?: string): number | undefined {
  const read = parseTypedNumber(text, ALLOCATION_LIMITS.budget, decimal);
  return read.ok && read.value > 0 ? read.value : undefined;
}
