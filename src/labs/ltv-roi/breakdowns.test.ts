import { describe, expect, test } from 'vitest';
import { ltvRoiReport, type LtvRoiReport } from '../../calc/ltv-roi-report';
import { LTV_ROI_START, type LtvRoiState } from '../../scenario/labs/ltv-roi';
import { engagementSentence, marginMultipleNote, paybackChartLabel, topForecastSentence } from './breakdowns';

function reported(change: Partial<LtvRoiState> = {}): { state: LtvRoiState; report: LtvRoiReport } {
  const state = { ...LTV_ROI_START, ...change };
  const report = ltvRoiReport(state);
  if (!report.ok) throw new Error(report.message);
  return { state, report };
}

describe('the lifetime ROI lab’s breakdowns, in words', () => {
  test.each([
    // Lesson 4's shop: r = 0.55, d = 0.1, so r ÷ (1 + d − r) = 0.55 ÷ 0.55 = 1.
    [1, '1 year'],
    // Gupta & Lehmann's examples: 0.9 ÷ 0.2 = 4.5, 0.8 ÷ 0.3 = 2.67.
    [4.5, '4.5 years'],
    [0.8 / 0.3, '2.67 years'],
  ])('a margin multiple of %d is worth %s of margin', (multiple, years) => {
    expect(marginMultipleNote(multiple)).toBe(
      `Over an unlimited horizon, and before any cost to serve, the repeat years would be worth ${years} of margin: Gupta and Lehmann’s margin multiple, retention ÷ (1 + discount rate − retention).`,
    );
  });

  test('the forecast that moves lifetime ROI most is named, past the campaign report’s and finance’s figures', () => {
    // Spend, margin and customers swing more, but they are known; retention is the forecast.
    expect(topForecastSentence(reported().report)).toBe(
      'The forecast that moves lifetime ROI most here: annual retention (17.6 points for ±10%). Firm it up before anyone relies on the result.',
    );
    expect(topForecastSentence(reported({ retention: 0 }).report)).toBe(
      'No forecast about the relationship moves lifetime ROI here: the repeat years add nothing yet.',
    );
  });

  test.each([
    [
      // One customer is worth 40 + 0.55 × 32 ÷ 1.1 + 0.3025 × 32 ÷ 1.21 + 0.166 × 32 ÷ 1.331 = 68 at 55%
      // retention, and 40 + 18.91 + 11.17 + 6.60 = 76.69 at 65%: 8.69 more, 434 across 50.
      'a lift that adds value',
      { engaged: 50, retentionLift: 10 },
      'With retention at 65% instead of 55%, each engaged customer is worth $8.69 more; across 50 customers the content is worth $434 of lifetime value.',
    ],
    [
      'a lift held at the ceiling, for one customer',
      { engaged: 1, retentionLift: 60 },
      'With retention at 100% (retention + lift, held at the 100% ceiling) instead of 55%, each engaged customer is worth $51.58 more; across the 1 customer the content is worth $52 of lifetime value.',
    ],
    [
      'a lift below zero, which loses value',
      { engaged: 200, retentionLift: -10 },
      'With retention at 45% instead of 55%, each engaged customer is worth $7.36 less; across 200 customers the content is worth a loss of $1,473 in lifetime value.',
    ],
    [
      'no one engaged',
      { engaged: 0, retentionLift: 10 },
      'Enter how many customers engaged with the content to see what it is worth.',
    ],
    [
      'no lift entered',
      { engaged: 50, retentionLift: 0 },
      'Enter the retention lift you measured. The lab has no default: the article gives no figure, and an invented lift would give a confident value for nothing.',
    ],
  ])('engagement content: %s', (_, change, sentence) => {
    const { state, report } = reported(change);
    expect(engagementSentence(state, report.engagement)).toBe(sentence);
  });

  test('the payback chart in words gives every year’s figure and the payback year', () => {
    // Year 0: 400 × 100 × 40% = 16,000; then 220, 121 and 66.55 customers earn 2 × 40 × 40% = 32
    // each, discounted at 10%: +6,400, +3,200, +1,600.
    const { state, report } = reported();
    expect(paybackChartLabel(state, report)).toBe(
      'Line chart: the customers’ cumulative discounted contribution by year against the campaign spend of $20,000. Year 0 (acquisition): $16,000; Year 1: $22,400; Year 2: $25,600; Year 3: $27,200. The customers earn the spend back in year 1 after the acquisition year (year 0).',
    );
  });
});
