/**
 * The customer-base lab's charts, as pure chart.js configurations (tested without a canvas):
 * - the share of expected future value by decile of customers (a Lorenz curve);
 * - the holdout check by calibration frequency: mean repeat purchases, forecast and actual;
 * - the holdout check over time: cumulative repeat purchases week by week, forecast and actual.
 */
import type { ChartConfiguration } from 'chart.js';
import type { DecileShare, HoldoutCheck } from '../calc/clv/analysis';
import { formatNumber, formatPercent } from '../course/format';
import { BASE_OPTIONS, bottomLegend, dashedLine } from './chart-options';
import type { ChartColors } from './theme';

function axis(colors: ChartColors, title: string, tick?: (value: number) => string) {
  return {
    beginAtZero: true,
    ticks: { color: colors.text, ...(tick ? { callback: (value: string | number) => tick(Number(value)) } : {}) },
    grid: { color: colors.grid },
    title: { display: true, text: title, color: colors.text },
  };
}

/** Cumulative share of value held by the top 0%, 10%, … 100% of customers, as percentages. */
export function lorenzPoints(deciles: readonly DecileShare[]): number[] {
  return [0, ...deciles.map((d) => d.cumulativeShare * 100)];
}

export function lorenzConfig(deciles: readonly DecileShare[], colors: ChartColors): ChartConfiguration<'line'> {
  const labels = Array.from({ length: deciles.length + 1 }, (_, i) => formatPercent(i / deciles.length));
  return {
    type: 'line',
    data: {
      labels,
      datasets: [
        {
          label: 'Share of expected value, most valuable customers first',
          data: lorenzPoints(deciles),
          borderColor: colors.benefit[0],
          backgroundColor: colors.benefit[0],
          borderWidth: 3,
          pointRadius: 3,
        },
        dashedLine(
          'If every customer were worth the same',
          labels.map((_, i) => (i * 100) / deciles.length),
          colors.cost[0],
        ),
      ],
    },
    options: {
      ...BASE_OPTIONS,
      plugins: {
        legend: bottomLegend(colors),
        tooltip: {
          callbacks: {
            label: (item: { dataset: { label?: string | undefined }; parsed: { y: number | null } }) =>
              `${item.dataset.label ?? ''}: ${formatNumber(item.parsed.y ?? 0, 0)}%`,
          },
        },
      },
      scales: {
        x: {
          ticks: { color: colors.text },
          grid: { display: false },
          title: { display: true, text: 'Share of customers', color: colors.text },
        },
        y: { ...axis(colors, 'Share of expected value', (v) => `${formatNumber(v, 0)}%`), max: 100 },
      },
    },
  };
}

export function frequencyCheckConfig(holdout: HoldoutCheck, colors: ChartColors): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: holdout.byFrequency.map((g) => g.label),
      datasets: [
        {
          label: 'Actual',
          data: holdout.byFrequency.map((g) => g.actual),
          backgroundColor: colors.benefit[1],
          borderColor: colors.text,
          borderWidth: 1,
        },
        {
          label: 'Forecast',
          data: holdout.byFrequency.map((g) => g.predicted),
          backgroundColor: colors.cost[0],
          borderColor: colors.text,
          borderWidth: 1,
        },
      ],
    },
    options: {
      ...BASE_OPTIONS,
      plugins: { legend: bottomLegend(colors) },
      scales: {
        x: {
          ticks: { color: colors.text },
          grid: { display: false },
          title: { display: true, text: 'Repeat purchases in calibration', color: colors.text },
        },
        y: axis(colors, 'Mean repeat purchases in the holdout'),
      },
    },
  };
}

export function weeklyCheckConfig(holdout: HoldoutCheck, colors: ChartColors): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: holdout.weekly.map((w) => String(w.week)),
      datasets: [
        {
          label: 'Actual',
          data: holdout.weekly.map((w) => w.actual),
          borderColor: colors.benefit[0],
          backgroundColor: colors.benefit[0],
          borderWidth: 3,
          pointRadius: 0,
        },
        {
          ...dashedLine(
            'Forecast',
            holdout.weekly.map((w) => w.predicted),
            colors.cost[0],
          ),
          pointRadius: 0,
        },
      ],
    },
    options: {
      ...BASE_OPTIONS,
      plugins: { legend: bottomLegend(colors) },
      scales: {
        x: {
          ticks: { color: colors.text, maxTicksLimit: 12 },
          grid: { display: false },
          title: {
            display: true,
            text: `Week (calibration ends in week ${String(holdout.calibrationWeeks)})`,
            color: colors.text,
          },
        },
        y: axis(colors, 'Cumulative repeat purchases', (v) => formatNumber(v, 0)),
      },
    },
  };
}
