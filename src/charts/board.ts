/**
 * The compare board's chart for one lab: the headline figure per team (lifetime ROI, relative
 * value, the best strategy's ROI or the say–do gap), as a pure chart.js configuration tested without
 * a canvas. Values arrive in the axis's unit and already formatted for the tooltip (`ChartView` in
 * `src/workshop/board-view.ts`), so this module needs no formatter of its own.
 */
import type { ChartConfiguration } from 'chart.js';
import type { ChartView } from '../workshop/board-view';
import { BASE_OPTIONS } from './chart-options';
import type { ChartColors } from './theme';

export function boardChartConfig(chart: ChartView, colors: ChartColors): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: chart.labels,
      datasets: [
        {
          label: chart.label,
          data: chart.values,
          // Below zero in the cost colour, so a campaign that loses money reads as such at a glance;
          // the sign is also in the tooltip and the table, so colour is never the only cue.
          backgroundColor: chart.values.map((v) => (v !== null && v < 0 ? colors.cost[0] : colors.benefit[0])),
          // An outline in the text colour keeps bars visible against either theme (3:1 for graphics).
          borderColor: colors.text,
          borderWidth: 1,
        },
      ],
    },
    options: {
      ...BASE_OPTIONS,
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item: { dataIndex: number }) => `${chart.label}: ${chart.texts[item.dataIndex] ?? '–'}`,
          },
        },
      },
      scales: {
        x: { ticks: { color: colors.text }, grid: { display: false } },
        y: {
          beginAtZero: true,
          ticks: { color: colors.text },
          grid: { color: colors.grid },
          title: { display: true, text: chart.axis, color: colors.text },
        },
      },
    },
  };
}
