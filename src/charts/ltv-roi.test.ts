import { describe, expect, test } from 'vitest';
import { ltvRoiReport } from '../calc/ltv-roi-report';
import { LTV_ROI_START } from '../scenario/labs/ltv-roi';
import { ltvRoiChartConfig, paybackTable } from './ltv-roi';
import { FALLBACK_COLORS } from './theme';

const report = ltvRoiReport(LTV_ROI_START);
if (!report.ok) throw new Error('the starting campaign must compute');

describe('lifetime ROI chart', () => {
  test('draws one point per year, the cohort against a flat spend line, payback marked in year 1', () => {
    const config = ltvRoiChartConfig({ state: LTV_ROI_START, report }, FALLBACK_COLORS);
    expect(config.data.labels).toEqual(['Year 0', 'Year 1', 'Year 2', 'Year 3']);
    const [cohort, spend] = config.data.datasets;
    // Lesson 4's table: 16,000, then 22,400, 25,600 and 27,200.
    expect((cohort?.data ?? []).map((n) => Math.round(Number(n) * 1e6) / 1e6)).toEqual([16000, 22400, 25600, 27200]);
    expect(spend?.data).toEqual([20000, 20000, 20000, 20000]);
    expect(cohort?.pointRadius).toEqual([3, 8, 3, 3]);
  });

  test('the table beside it holds the same numbers and flags the payback year only', () => {
    const rows = paybackTable(LTV_ROI_START, report);
    expect(rows.filter((r) => r.payback).map((r) => r.year)).toEqual([1]);
    expect(rows.map((r) => r.cumulative)).toEqual(report.campaign.byYear.map((y) => y.cumulative));
  });

  test('a campaign that never pays back marks no year, and an uncomputable one draws nothing', () => {
    const never = ltvRoiReport({ ...LTV_ROI_START, spend: 1e6 });
    if (!never.ok) throw new Error('expected figures');
    expect(paybackTable(LTV_ROI_START, never).some((r) => r.payback)).toBe(false);
    const config = ltvRoiChartConfig({ state: LTV_ROI_START, report: { ok: false } }, FALLBACK_COLORS);
    expect(config.data.datasets.every((d) => d.data.length === 0)).toBe(true);
  });

  test('the axis is in the scenario’s currency', () => {
    const config = ltvRoiChartConfig({ state: { ...LTV_ROI_START, currency: 'EUR' }, report }, FALLBACK_COLORS);
    expect(config.options?.scales?.y?.title).toMatchObject({ text: 'Discounted to today (EUR)' });
  });
});
