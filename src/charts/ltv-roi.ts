/**
 * The lifetime ROI chart: the campaign's customers' cumulative discounted contribution, year by year,
 * against what the campaign cost, with the payback year marked. Pure: returns a chart.js
 * configuration object; tested without a canvas.
 */
import type { ChartConfiguration } from 'chart.js';
import type { LtvRoiReport } from '../calc/ltv-roi-report';
import { formatMoneyCompact, formatMoneyRounded } from '../course/format';
import type { LtvRoiState } from '../scenario/labs/ltv-roi';
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
  const money = (value: number): string => formatMoneyCompact(value, state.currency);
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
        {
          label: 'Campaign spend',
          data: rows.map((r) => r.spend),
          borderColor: colors.cost[0],
          backgroundColor: colors.cost[0],
          borderDash: [6, 4],
          borderWidth: 2,
          pointRadius: 0,
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { position: 'bottom', labels: { color: colors.text } },
        tooltip: {
          enabled: true,
          callbacks: {
            label: (item) => `${item.dataset.label ?? ''}: ${formatMoneyRounded(item.parsed.y ?? 0, state.currency)}`,
          },
        },
      },
      scales: {
        x: { ticks: { color: colors.text }, grid: { display: false } },
        y: {
          beginAtZero: true,
          ticks: { color: colors.text, callback: (value) => money(Number(value)) },
          grid: { color: colors.grid },
          title: { display: true, text: `Discounted to today (${state.currency})`, color: colors.text },
        },
      },
    },
  };
}
