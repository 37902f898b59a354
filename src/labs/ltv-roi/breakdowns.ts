/**
 * The sentences of the lifetime ROI lab's breakdowns (`src/islands/lazy-ltv-breakdowns.tsx`): the
 * margin multiple, the forecast that moves lifetime ROI most, what a piece of engagement content is
 * worth, and the payback chart in words. Money in the scenario's currency; the headline above them
 * is `headline.ts`.
 */
import type { SensitiveInput } from '../../calc/ltv-insights';
import { paybackSentence, type LtvRoiReport } from '../../calc/ltv-roi-report';
import { paybackTable, yearLabel } from '../../charts/ltv-roi';
import { formatMoney, formatMoneyRounded, formatNumber, formatPoints } from '../../course/format';
import type { LtvRoiState } from '../../scenario/labs/ltv-roi';

/** The lab's words for each input the sensitivity view ranks. */
export const INPUT_NAMES: Record<SensitiveInput, string> = {
  firstOrderValue: 'First-order value',
  repeatOrderValue: 'Repeat-order value',
  ordersPerYear: 'Orders per year',
  grossMargin: 'Gross margin',
  retentionRate: 'Annual retention',
  discountRate: 'Discount rate',
  costToServePerYear: 'Cost to serve',
  referralsPerYear: 'Referrals per year',
  spend: 'Campaign spend',
  newCustomers: 'New customers',
};

/**
 * Where each input's figure usually comes from. Spend, customers and first-order value are in the
 * campaign report and margin comes from finance: they scale the whole result, so they usually top
 * the ranking, but there is little to firm up. The rest are forecasts about the relationship.
 */
export const INPUT_ORIGIN: Record<SensitiveInput, 'campaign report' | 'finance' | 'forecast'> = {
  spend: 'campaign report',
  newCustomers: 'campaign report',
  firstOrderValue: 'campaign report',
  grossMargin: 'finance',
  repeatOrderValue: 'forecast',
  ordersPerYear: 'forecast',
  retentionRate: 'forecast',
  discountRate: 'finance',
  costToServePerYear: 'forecast',
  referralsPerYear: 'forecast',
};

/** What the repeat years would be worth over an unlimited horizon: Gupta and Lehmann's margin multiple. */
export function marginMultipleNote(marginMultiple: number): string {
  const years = formatNumber(marginMultiple, 2);
  return (
    `Over an unlimited horizon, and before any cost to serve, the repeat years would be worth ${years} ` +
    `${years === '1' ? 'year' : 'years'} of margin: Gupta and Lehmann’s margin multiple, retention ÷ (1 + discount rate − retention).`
  );
}

/** The forecast about the relationship that moves lifetime ROI most, and what to do about it. */
export function topForecastSentence(report: Pick<LtvRoiReport, 'sensitivity'>): string {
  const top = report.sensitivity.find((r) => INPUT_ORIGIN[r.input] === 'forecast' && r.swing > 0);
  return top
    ? `The forecast that moves lifetime ROI most here: ${INPUT_NAMES[top.input].toLowerCase()} (${formatPoints(top.swing).replace(/^\+/, '')} for ±10%). Firm it up before anyone relies on the result.`
    : 'No forecast about the relationship moves lifetime ROI here: the repeat years add nothing yet.';
}

/** What the engaged customers' retention lift is worth, in words that hold for a loss too, or what is missing. */
export function engagementSentence(state: LtvRoiState, engagement: LtvRoiReport['engagement']): string {
  if (!engagement.ok) {
    return engagement.reason === 'no-engaged'
      ? 'Enter how many customers engaged with the content to see what it is worth.'
      : 'Enter the retention lift you measured. The lab has no default: the article gives no figure, and an invented lift would give a confident value for nothing.';
  }
  const money = (v: number): string => formatMoney(Math.round(v * 100) / 100, state.currency);
  const { perCustomer, total } = engagement.value;
  const edge = engagement.engagedRetention === 100 ? 'the 100% ceiling' : 'the 0% floor';
  const lifted = `${formatNumber(engagement.engagedRetention, 1)}%${engagement.capped ? ` (retention + lift, held at ${edge})` : ''}`;
  const who = state.engaged === 1 ? 'the 1 customer' : `${formatNumber(state.engaged, 0)} customers`;
  const each =
    Math.round(perCustomer * 100) === 0
      ? 'about the same'
      : perCustomer > 0
        ? `${money(perCustomer)} more`
        : `${money(-perCustomer)} less`;
  const all =
    Math.round(total) === 0
      ? 'next to nothing in lifetime value'
      : total > 0
        ? `${formatMoneyRounded(total, state.currency)} of lifetime value`
        : `a loss of ${formatMoneyRounded(-total, state.currency)} in lifetime value`;
  return `With retention at ${lifted} instead of ${formatNumber(state.retention, 1)}%, each engaged customer is worth ${each}; across ${who} the content is worth ${all}.`;
}

/** The payback chart in words, for those who cannot see it: every year's figure and when it pays back. */
export function paybackChartLabel(state: LtvRoiState, report: LtvRoiReport): string {
  const money = (v: number): string => formatMoneyRounded(v, state.currency);
  const years = paybackTable(state, report)
    .map((r) => `${yearLabel(r.year)}: ${money(r.cumulative)}`)
    .join('; ');
  return `Line chart: the customers’ cumulative discounted contribution by year against the campaign spend of ${money(state.spend)}. ${years}. ${paybackSentence(state, report)}`;
}
