/**
 * The allocation lab's charts, as pure chart.js configurations (tested without a canvas):
 * - uplift per tier under each strategy, grouped by tier;
 * - the best uplift against budget, the curve of diminishing returns, beside the line where uplift
 *   only pays the spend back, with this budget marked.
 */
import type { ChartConfiguration } from 'chart.js';
import type { Strategy } from '../calc/allocation';
import { STRATEGY_NAMES, tierLabel, type AllocationState } from '../scenario/labs/allocation';
import type { AllocationReport } from '../calc/allocation-report';
import { formatMoneyCompact } from '../course/format';
import { BASE_OPTIONS, bottomLegend, dashedLine, moneyAxis, moneyTooltip } from './money-chart';
import type { ChartColors } from './theme';

interface Input {
  state: AllocationState;
  report: AllocationReport | { ok: false };
}

function strategyColor(strategy: Strategy, colors: ChartColors): string {
  const map: Record<Strategy, string> = {
    equal: colors.cost[1],
    'current-value': colors.benefit[1],
    'value-potential': colors.benefit[0],
    optimal: colors.cost[0],
  };
  return map[strategy];
}

export function upliftByTierConfig({ state, report }: Input, colors: ChartColors): ChartConfiguration<'bar'> {
  const strategies = report.ok ? report.strategies : [];
  return {
    type: 'bar',
    data: {
      labels: state.names.map((_, i) => tierLabel(state.names, i)),
      datasets: strategies.map((s) => ({
        label: STRATEGY_NAMES[s.strategy],
        data: s.tiers.map((t) => t.uplift),
        backgroundColor: strategyColor(s.strategy, colors),
        // An outline in the text colour keeps pale bars visible on a light page (3:1 for graphics).
        borderColor: colors.text,
        borderWidth: s.strategy === 'optimal' ? 2 : 1,
      })),
    },
    options: {
      ...BASE_OPTIONS,
      plugins: { legend: bottomLegend(colors), tooltip: moneyTooltip(state.currency) },
      scales: {
        x: { ticks: { color: colors.text }, grid: { display: false } },
        y: moneyAxis(state.currency, colors, `Lift in value (${state.currency})`),
      },
    },
  };
}

export function upliftCurveConfig({ state, report }: Input, colors: ChartColors): ChartConfiguration<'line'> {
  const curve = report.ok ? report.curve : [];
  const money = (v: number): string => formatMoneyCompact(v, state.currency);
  // This budget's point on the curve: the one nearest to it (the curve runs from 0 to twice it).
  const here = curve.reduce(
    (best, p, i) =>
      Math.abs(p.budget - state.budget) < Math.abs((curve[best]?.budget ?? 0) - state.budget) ? i : best,
    0,
  );
  return {
    type: 'line',
    data: {
      labels: curve.map((p) => money(p.budget)),
      datasets: [
        {
          label: 'Best uplift at this budget',
          data: curve.map((p) => p.uplift),
          borderColor: colors.benefit[0],
          backgroundColor: colors.benefit[0],
          borderWidth: 3,
          pointRadius: curve.map((_, i) => (i === here && state.budget > 0 ? 8 : 2)),
          pointStyle: curve.map((_, i) => (i === here && state.budget > 0 ? 'rectRot' : 'circle')),
          pointBackgroundColor: curve.map((_, i) =>
            i === here && state.budget > 0 ? colors.cost[0] : colors.benefit[0],
          ),
        },
        dashedLine(
          'Uplift equal to the spend (ROI 0)',
          curve.map((p) => p.budget),
          colors.cost[0],
        ),
      ],
    },
    options: {
      ...BASE_OPTIONS,
      plugins: { legend: bottomLegend(colors), tooltip: moneyTooltip(state.currency) },
      scales: {
        x: {
          ticks: { color: colors.text, maxTicksLimit: 6 },
          grid: { display: false },
          title: { display: true, text: `Budget (${state.currency})`, color: colors.text },
        },
        y: moneyAxis(state.currency, colors, `Lift in value (${state.currency})`),
      },
    },
  };
}
