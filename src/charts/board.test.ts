import { describe, expect, test } from 'vitest';
import type { ChartView } from '../workshop/board-view';
import { boardChartConfig } from './board';
import { FALLBACK_COLORS } from './theme';

const chart: ChartView = {
  label: 'ROI credited with lifetime value',
  axis: 'ROI credited with lifetime value (%)',
  labels: ['Red', 'Blue', 'Green'],
  values: [36, -12.5, null],
  texts: ['+36%', '−12.5%', '–'],
};

describe('the board’s chart', () => {
  const config = boardChartConfig(chart, FALLBACK_COLORS);

  test('one bar per team, in board order, with the axis titled in its unit', () => {
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual(['Red', 'Blue', 'Green']);
    expect(config.data.datasets[0]?.data).toEqual([36, -12.5, null]);
    expect(config.options?.scales?.['y']).toMatchObject({
      beginAtZero: true,
      title: { display: true, text: 'ROI credited with lifetime value (%)' },
    });
  });

  test('a loss is drawn in the cost colour, a gain in the benefit colour', () => {
    expect(config.data.datasets[0]?.backgroundColor).toEqual([
      FALLBACK_COLORS.benefit[0],
      FALLBACK_COLORS.cost[0],
      FALLBACK_COLORS.benefit[0],
    ]);
  });

  test('the tooltip gives the value as the table shows it', () => {
    const label = (config.options?.plugins?.tooltip?.callbacks as { label: (item: { dataIndex: number }) => string })
      .label;
    expect(label({ dataIndex: 1 })).toBe('ROI credited with lifetime value: −12.5%');
  });
});
