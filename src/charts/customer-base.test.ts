import { describe, expect, test } from 'vitest';
import type { HoldoutCheck } from '../calc/clv/analysis';
import { frequencyCheckConfig, lorenzConfig, lorenzPoints, weeklyCheckConfig } from './customer-base';
import { FALLBACK_COLORS } from './theme';

const deciles = Array.from({ length: 10 }, (_, i) => ({
  decile: i + 1,
  customers: 10,
  value: 10 - i,
  cumulativeShare: [0.2, 0.35, 0.48, 0.6, 0.7, 0.79, 0.87, 0.93, 0.97, 1][i] ?? 1,
}));

const holdout: HoldoutCheck = {
  weeks: 39,
  calibrationWeeks: 39,
  byFrequency: [
    { label: '0', customers: 100, actual: 0.2, predicted: 0.25 },
    { label: '7+', customers: 5, actual: 6.4, predicted: 6.1 },
  ],
  weekly: [
    { week: 1, actual: 3, predicted: 2.5 },
    { week: 2, actual: 9, predicted: 8 },
  ],
  actualTotal: 10,
  predictedTotal: 9,
};

describe('customer-base charts', () => {
  test('the Lorenz curve starts at 0%, ends at 100% and sits above the line of equal shares', () => {
    const config = lorenzConfig(deciles, FALLBACK_COLORS);
    expect(config.data.labels).toHaveLength(11);
    expect(config.data.labels?.[1]).toBe('10%');
    expect(lorenzPoints(deciles)).toEqual([0, 20, 35, 48, 60, 70, 79, 87, 93, 97, 100]);
    const [curve, equal] = config.data.datasets;
    expect(equal?.data).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    curve?.data.forEach((y, i) => {
      expect(Number(y)).toBeGreaterThanOrEqual(Number(equal?.data[i]));
    });
  });

  test('the holdout checks plot actual against forecast', () => {
    const bars = frequencyCheckConfig(holdout, FALLBACK_COLORS);
    expect(bars.data.labels).toEqual(['0', '7+']);
    expect(bars.data.datasets.map((d) => [d.label, d.data])).toEqual([
      ['Actual', [0.2, 6.4]],
      ['Forecast', [0.25, 6.1]],
    ]);
    const lines = weeklyCheckConfig(holdout, FALLBACK_COLORS);
    expect(lines.data.datasets.map((d) => d.data)).toEqual([
      [3, 9],
      [2.5, 8],
    ]);
    const x = lines.options?.scales?.['x'] as { title: { text: string } };
    expect(x.title.text).toBe('Week (calibration ends in week 39)');
  });
});
