/**
 * The allocation lab's headline: what its scenario comes to, in one sentence. Shared by the lab and
 * the customer value plan (lesson 9), which shows the learner's saved scenario.
 */
import type { AllocationReport } from '../../calc/allocation-report';
import type { AllocationState } from '../../scenario/labs/allocation';
import { formatMoneyRounded, formatRoi } from '../../course/format';

/** The lab's headline, as one sentence. */
export function allocationHeadline(state: AllocationState, report: AllocationReport): string {
  const best = report.strategies.find((s) => s.strategy === report.best);
  const equal = report.strategies.find((s) => s.strategy === 'equal');
  if (!best || !equal) return '';
  const money = (v: number): string => formatMoneyRounded(v, state.currency);
  if (state.budget === 0)
    return 'With no budget, no strategy lifts the portfolio’s value. Enter a budget to compare them.';
  if (best.totalUplift === 0) {
    return 'No tier has room to grow (potential equals value now), so no strategy lifts the portfolio’s value.';
  }
  if (report.tied) {
    return `Every strategy lifts the portfolio’s value by ${money(best.totalUplift)} (ROI ${formatRoi(best.roi)}): with these tiers they all spend the budget the same way.`;
  }
  return (
    `The best split lifts the portfolio’s value by ${money(best.totalUplift)} (ROI ${formatRoi(best.roi)}), ` +
    `${money(report.equalShortfall)} more than treating every customer the same.`
  );
}
