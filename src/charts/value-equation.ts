/**
 * The value equation chart: for each offer, what customers get (product quality + service quality,
 * stacked) beside what they give (price + hassle, stacked). The ratio of the two stacks is the
 * perceived value. Pure: returns a chart.js configuration object; tested without a canvas.
 */
import type { ChartConfiguration } from 'chart.js';
import { displayNames, type ValueEquationState } from '../scenario/labs/value-equation';
import type { ChartColors } from './theme';

export const SERIES = [
  { label: 'Product quality', stack: 'get', lever: 'productQuality' },
  { label: 'Service quality', stack: 'get', lever: 'serviceQuality' },
  { label: 'Price', stack: 'give', lever: 'price' },
  { label: 'Hassle', stack: 'give', lever: 'hassle' },
] as const;

/** One row per offer: the numbers the chart draws, for the equivalent data table. */
export function valueEquationTable(state: ValueEquationState): {
  name: string;
  productQuality: number;
  serviceQuality: number;
  get: number;
  price: number;
  hassle: number;
  give: number;
}[] {
  const names = displayNames(state);
  return [
    { name: names.you, offer: state.you },
    { name: names.competitor, offer: state.competitor },
  ].map(({ name, offer }) => ({
    name,
    ...offer,
    get: offer.productQuality + offer.serviceQuality,
    give: offer.price + offer.hassle,
  }));
}

export function valueEquationChartConfig(state: ValueEquationState, colors: ChartColors): ChartConfiguration<'bar'> {
  const rows = valueEquationTable(state);
  const color = (i: number): string => (i < 2 ? colors.benefit[i] : colors.cost[i - 2]) ?? colors.text;
  return {
    type: 'bar',
    data: {
      labels: rows.map((r) => [r.name, 'gets · gives']),
      datasets: SERIES.map((series, i) => ({
        label: series.label,
        stack: series.stack,
        data: rows.map((r) => r[series.lever]),
        backgroundColor: color(i),
        borderColor: colors.text,
        borderWidth: series.stack === 'give' ? 1 : 0,
      })),
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: {
        legend: { position: 'bottom', labels: { color: colors.text } },
        tooltip: { enabled: true },
      },
      scales: {
        x: { stacked: true, ticks: { color: colors.text }, grid: { display: false } },
        y: {
          stacked: true,
          min: 0,
          max: 20,
          ticks: { color: colors.text, stepSize: 5 },
          grid: { color: colors.grid },
          title: { display: true, text: 'Rating points (0–10 each)', color: colors.text },
        },
      },
    },
  };
}
