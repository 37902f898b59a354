/**
 * The lifetime ROI lab's headline: what its scenario comes to, in one sentence. Shared by the lab and
 * the customer value plan (lesson 9), which shows the learner's saved scenario.
 */
import type { LtvRoiReport } from '../../calc/ltv-roi-report';
import type { LtvRoiState } from '../../scenario/labs/ltv-roi';
import { formatNumber, formatRoi } from '../../course/format';

/** The lab's headline, as one sentence. */
export function ltvRoiHeadline(state: LtvRoiState, report: LtvRoiReport): string {
  const { firstSaleRoi, lifetimeRoi } = report.campaign;
  if (state.customers === 0) {
    return `The campaign brought no new customers, so it returns ${formatRoi(firstSaleRoi)} however it is credited.`;
  }
  const customers = state.customers === 1 ? 'the 1 customer' : `the ${formatNumber(state.customers, 0)} customers`;
  return (
    `Credited with its first sales, the campaign returns ${formatRoi(firstSaleRoi)}; credited with the ` +
    `lifetime value of ${customers} it brought, ${formatRoi(lifetimeRoi)}.`
  );
}
