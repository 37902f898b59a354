/**
 * The allocation lab on the compare board: each team's portfolio and budget, and what its best
 * strategy adds. More value added, and a higher return on it, are better.
 */
import type { AllocationReport, StrategyResult } from '../../calc/allocation-report';
import { STRATEGY_NAMES, type AllocationState } from '../../scenario/labs/allocation';
import { textRow, type LabBoard } from '../lab';

function bestStrategy(report: AllocationReport | null): StrategyResult | null {
  if (report === null) return null;
  return report.strategies.find((s) => s.strategy === report.best) ?? null;
}

export const allocationBoard: LabBoard<AllocationState, AllocationReport> = {
  rows: [
    { id: 'budget', label: 'Budget', kind: 'input', format: 'money', better: null, value: (f) => f.state.budget },
    { id: 'tiers', label: 'Tiers', kind: 'input', format: 'number', better: null, value: (f) => f.state.names.length },
    {
      id: 'customers',
      label: 'Customers',
      kind: 'input',
      format: 'number',
      better: null,
      value: (f) => f.state.customers.reduce((a, b) => a + b, 0),
    },
    {
      id: 'valueBefore',
      label: 'Portfolio value now',
      kind: 'output',
      format: 'money',
      better: null,
      value: (f) => f.report?.valueBefore ?? null,
    },
    {
      id: 'totalUpside',
      label: 'Most any budget could add',
      kind: 'output',
      format: 'money',
      better: null,
      value: (f) => f.report?.totalUpside ?? null,
    },
    textRow('output', 'bestStrategy', 'Best strategy', (f) => (f.report ? STRATEGY_NAMES[f.report.best] : null)),
    {
      id: 'bestUplift',
      label: 'Value added by the best strategy',
      kind: 'output',
      format: 'money',
      better: 'higher',
      value: (f) => bestStrategy(f.report)?.totalUplift ?? null,
    },
    {
      id: 'bestRoi',
      label: 'ROI of the best strategy',
      kind: 'output',
      format: 'roi',
      better: 'higher',
      value: (f) => bestStrategy(f.report)?.roi ?? null,
    },
    {
      id: 'equalShortfall',
      label: 'What treating everyone the same gives up',
      kind: 'output',
      format: 'money',
      better: null,
      value: (f) => f.report?.equalShortfall ?? null,
    },
  ],
  headline: 'bestRoi',
  currency: (state) => state.currency,
};
