/**
 * Why the allocation lab's best split wins, in words: it funds the tiers until the last unit of
 * money returns the same in each, and any other split moves money to where it returns less. Shown
 * under the strategies' table; the headline beside it is `headline.ts`.
 */
import type { AllocationReport } from '../../calc/allocation-report';
import { formatNumber } from '../../course/format';
import { CURRENCY_UNITS } from '../../scenario/currency';
import { tierLabel, type AllocationState } from '../../scenario/labs/allocation';

/** Why a tier gets nothing from the best split, in a few words. */
function unfundedReason(state: AllocationState, index: number): string {
  if ((state.customers[index] ?? 0) === 0) return 'it has no customers';
  if ((state.potentials[index] ?? 0) <= (state.values[index] ?? 0)) return 'it has no room to grow';
  return 'its first unit of money would return less than that';
}

/** Why the best split wins here, and why each tier it leaves out gets nothing. */
export function whyItWins(state: AllocationState, report: AllocationReport): string {
  if (report.lastUnitReturn === null || state.budget === 0) {
    return 'With no budget or no upside, every strategy lifts value by the same: nothing.';
  }
  const unit = CURRENCY_UNITS[state.currency];
  const unfunded = state.names.flatMap((_, i) =>
    report.funded.includes(i) ? [] : [`${tierLabel(state.names, i)} gets nothing: ${unfundedReason(state, i)}.`],
  );
  const lead = report.tied
    ? 'With these tiers every strategy spends the same way, so none does better.'
    : `Why the best split wins: it keeps moving money to whichever tier returns most on the next ${unit}, until every tier it funds returns the same on its last one.`;
  return (
    `${lead} Here the last ${unit} in each funded tier returns ${formatNumber(report.lastUnitReturn, 2)} ${unit}s of value.` +
    (unfunded.length > 0 ? ` ${unfunded.join(' ')}` : '') +
    (report.tied ? '' : ` Any other split moves money from a ${unit} that returns more to one that returns less.`)
  );
}
