import { describe, expect, test } from 'vitest';
import { VALUE_EQUATION_START, type ValueEquationState } from '../scenario/labs/value-equation';
import { FALLBACK_COLORS } from './theme';
import { valueEquationChartConfig, valueEquationTable } from './value-equation';

const state: ValueEquationState = {
  yourName: 'Acme',
  you: { productQuality: 8, serviceQuality: 6, price: 5, hassle: 5 },
  competitorName: 'Rival',
  competitor: { productQuality: 7, serviceQuality: 5, price: 3, hassle: 3 },
};

describe('the value equation chart', () => {
  const config = valueEquationChartConfig(state, FALLBACK_COLORS);

  test('draws one pair of stacked bars per offer: what customers get beside what they give', () => {
    expect(config.type).toBe('bar');
    expect(config.data.labels).toEqual([
      ['Acme', 'gets · gives'],
      ['Rival', 'gets · gives'],
    ]);
    expect(config.data.datasets.map((d) => [d.label, d.stack, d.data])).toEqual([
      ['Product quality', 'get', [8, 7]],
      ['Service quality', 'get', [6, 5]],
      ['Price', 'give', [5, 3]],
      ['Hassle', 'give', [5, 3]],
    ]);
    expect(config.options?.scales?.['x']?.stacked).toBe(true);
    expect(config.options?.scales?.['y']).toMatchObject({ stacked: true, min: 0, max: 20 });
  });

  test('colours benefits and costs from the theme it is given', () => {
    expect(config.data.datasets.map((d) => d.backgroundColor)).toEqual([
      ...FALLBACK_COLORS.benefit,
      ...FALLBACK_COLORS.cost,
    ]);
    const dark = valueEquationChartConfig(state, { ...FALLBACK_COLORS, text: '#eee' });
    expect(dark.options?.plugins?.legend?.labels?.color).toBe('#eee');
  });

  test('does not animate, so a slider step redraws at once', () => {
    expect(config.options?.animation).toBe(false);
  });

  test('the data table carries the same numbers, with the sums the bars stack to', () => {
    expect(valueEquationTable(state)).toEqual([
      { name: 'Acme', productQuality: 8, serviceQuality: 6, get: 14, price: 5, hassle: 5, give: 10 },
      { name: 'Rival', productQuality: 7, serviceQuality: 5, get: 12, price: 3, hassle: 3, give: 6 },
    ]);
  });

  test('offers without a name still get a label', () => {
    const unnamed = valueEquationTable({ ...VALUE_EQUATION_START, yourName: '', competitorName: '' });
    expect(unnamed.map((r) => r.name)).toEqual(['Your offer', 'The market']);
  });
});
