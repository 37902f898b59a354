/**
 * The lifetime ROI chart: the campaign's customers' cumulative discounted contribution, year by year,
 * against what the campaign cost, with the payback year marked. Pure: returns a chart.js
 * configuration object; tested without a canvas.
 */
import type { ChartConfiguration } from 'chart.js';
import type { LtvRoiReport } from '../calc/ltv-roi-report';
import type { LtvRoiState } from '../scenario/labs/ltv-roi';
import { BASE_OPTIONS, bottomLegend, dashedLine, moneyAxis, moneyTooltip } from './money-chart';
import type { ChartColors } from './theme';

/** One row per year: the numbers the chart draws, for the equivalent data table. */
export interface PaybackRow {
  /** 0 = the acquisition year. */
  year: number;
  /** The cohort's cumulative discounted contribution by the end of the year (money). */
  cumulative: number;
  /** What the campaign cost (money). */
  spend: number;
  /** True for the payback year. */
  payback: boolean;
}

export function paybackTable(state: LtvRoiState, report: LtvRoiReport): PaybackRow[] {
  return report.campaign.byYear.map(({ year, cumulative }) => ({
    year,
    cumulative,
    spend: state.spend,
    payback: year === report.campaign.paybackYear,
  }));
}

/** "Year 0 (acquisition)", "Year 3". */
export function yearLabel(year: number): string {
  return year === 0 ? 'Year 0 (acquisition)' : `Year ${year}`;
}

export function ltvRoiChartConfig(
  { state, report }: { state: LtvRoiState; report: LtvRoiReport | { ok: false } },
  colors: ChartColors,
): ChartConfiguration<'line'> {
  const rows = report.ok ? paybackTable(state, report) : [];
  return {
    type: 'line',
    data: {
      labels: rows.map((r) => (r.year === 0 ? 'Year 0' : `Year ${r.year}`)),
      datasets: [
        {
          label: 'Cumulative contribution of the customers won',
          data: rows.map((r) => r.cumulative),
          borderColor: colors.benefit[0],
          backgroundColor: colors.benefit[0],
          borderWidth: 3,
          // The payback year is drawn larger, as a ring.
          pointRadius: rows.map((r) => (r.payback ? 8 : 3)),
          pointStyle: rows.map((r) => (r.payback ? 'rectRot' : 'circle')),
          pointBackgroundColor: rows.map((r) => (r.payback ? colors.cost[0] : colors.benefit[0])),
          tension: 0,
        },
        dashedLine(
          'Campaign spend',
          rows.map((r) => r.spend),
          colors.cost[0],
        ),
      ],
    },
    options: {
      ...BASE_OPTIONS,
      plugins: { legend: bottomLegend(colors), tooltip: moneyTooltip(state.currency) },
      scales: {
        x: { ticks: { color: colors.text }, grid: { display: false } },
        y: moneyAxis(state.currency, colors, `Discounted to today (${state.currency})`),
      },
    },
  };
}
