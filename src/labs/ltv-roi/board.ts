/**
 * The lifetime ROI lab on the compare board: each team's campaign, and its return credited with the
 * first sale and with lifetime value. A higher return, a larger lifetime value and an earlier payback
 * are better.
 */
import type { LtvRoiReport } from '../../calc/ltv-roi-report';
import type { LtvRoiState } from '../../scenario/labs/ltv-roi';
import type { CellFormat } from '../../workshop/board-table';
import type { BoardFigures, LabBoard, RowSpec } from '../lab';

type Figures = BoardFigures<LtvRoiState, LtvRoiReport>;

/** An input as the team typed it; `scale` turns a percentage into the fraction the board formats. */
function input(id: keyof LtvRoiState, label: string, format: CellFormat, scale = 1): RowSpec<Figures> {
  return {
    id,
    label,
    kind: 'input',
    format,
    better: null,
    value: (f) => {
      const v = f.state[id];
      return typeof v === 'number' ? v / scale : v;
    },
  };
}

export const ltvRoiBoard: LabBoard<LtvRoiState, LtvRoiReport> = {
  rows: [
    input('spend', 'Campaign spend', 'money'),
    input('customers', 'New customers', 'number'),
    input('firstOrder', 'First-order value', 'money'),
    input('margin', 'Gross margin', 'percent', 100),
    input('repeatOrder', 'Repeat-order value', 'money'),
    input('ordersPerYear', 'Orders per year', 'number'),
    input('retention', 'Annual retention', 'percent', 100),
    input('discount', 'Discount rate', 'percent', 100),
    input('years', 'Horizon (repeat years)', 'number'),
    input('referrals', 'Referrals per customer per year', 'number'),
    input('costToServe', 'Cost to serve per year', 'money'),
    {
      id: 'firstSaleRoi',
      label: 'ROI credited with the first sale',
      kind: 'output',
      format: 'roi',
      better: 'higher',
      value: (f) => f.report?.campaign.firstSaleRoi ?? null,
    },
    {
      id: 'lifetimeRoi',
      label: 'ROI credited with lifetime value',
      kind: 'output',
      format: 'roi',
      better: 'higher',
      value: (f) => f.report?.campaign.lifetimeRoi ?? null,
    },
    {
      id: 'uplift',
      label: 'Uplift from lifetime credit',
      kind: 'output',
      format: 'points',
      better: null,
      value: (f) => f.report?.campaign.uplift ?? null,
    },
    {
      id: 'clv',
      label: 'Lifetime value of one customer',
      kind: 'output',
      format: 'money',
      better: 'higher',
      value: (f) => f.report?.clv.total ?? null,
    },
    // Never paying back within the horizon is worse than any year, so it holds no value here.
    {
      id: 'paybackYear',
      label: 'Payback year',
      kind: 'output',
      format: 'year',
      better: 'lower',
      value: (f) => f.report?.campaign.paybackYear ?? null,
    },
  ],
  headline: 'lifetimeRoi',
  currency: (state) => state.currency,
};
