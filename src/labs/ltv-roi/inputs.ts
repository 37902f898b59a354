/**
 * The lifetime ROI lab's inputs in words: what each number is called, the hint under it, how it is
 * shown, and the choices for crediting referrals. Plain data, so the lab's words have one home.
 */
import type { ReferralCredit } from '../../calc/ltv';
import type { Kind } from '../../course/number-kinds';
import type { LtvRoiNumber } from '../../scenario/labs/ltv-roi';

/** One number the learner sets. */
export interface FieldSpec {
  key: LtvRoiNumber;
  label: string;
  hint: string;
  kind: Kind;
  /** Shown with a slider beside the exact field. */
  slider?: boolean;
}

/** The lab's inputs in the order the lab shows them, grouped as the campaign's story goes. */
export const GROUPS: { legend: string; fields: FieldSpec[] }[] = [
  {
    legend: 'Campaign',
    fields: [
      { key: 'spend', label: 'Campaign spend', hint: 'Everything the campaign cost.', kind: 'money' },
      {
        key: 'customers',
        label: 'New customers',
        hint: 'Customers it brought who had not bought before.',
        kind: 'count',
      },
    ],
  },
  {
    legend: 'First purchase',
    fields: [
      {
        key: 'firstOrder',
        label: 'First-order value',
        hint: 'Revenue from a new customer’s first order.',
        kind: 'money',
      },
      {
        key: 'margin',
        label: 'Gross margin',
        hint: 'Share of revenue you keep after the cost of goods.',
        kind: 'percent',
        slider: true,
      },
    ],
  },
  {
    legend: 'The relationship',
    fields: [
      { key: 'repeatOrder', label: 'Repeat-order value', hint: 'Revenue from each later order.', kind: 'money' },
      {
        key: 'ordersPerYear',
        label: 'Orders per year',
        hint: 'Repeat orders a customer who stays places in a year.',
        kind: 'rate',
      },
      {
        key: 'retention',
        label: 'Annual retention',
        hint: 'Share of customers still buying a year later.',
        kind: 'percent',
        slider: true,
      },
    ],
  },
  {
    legend: 'Cost of money',
    fields: [
      {
        key: 'discount',
        label: 'Discount rate',
        hint: 'What money costs you a year: next year’s revenue is worth less today.',
        kind: 'percent',
        slider: true,
      },
      {
        key: 'years',
        label: 'Horizon',
        hint: 'Repeat years counted after the acquisition year.',
        kind: 'years',
        slider: true,
      },
    ],
  },
  {
    legend: 'Referrals',
    fields: [
      {
        key: 'referrals',
        label: 'Referrals per year',
        hint: 'New customers each customer who stays brings in a year (0.1 = one every ten years).',
        kind: 'rate',
        slider: true,
      },
    ],
  },
];

/** Folded away with the referrals: most campaigns can leave it at 0. */
export const COST_TO_SERVE: FieldSpec = {
  key: 'costToServe',
  label: 'Cost to serve per year',
  hint: 'Support, account management or perks for a customer who stays, each repeat year.',
  kind: 'money',
};

/** The two ways to credit a referred customer (docs/decisions.md: first order by default). */
export const CREDITS: { credit: ReferralCredit; label: string; hint: string }[] = [
  {
    credit: 'first-order',
    label: 'Their first order only',
    hint: 'The conservative default: the first order is soon seen, a lifetime is a forecast.',
  },
  {
    credit: 'lifetime',
    label: 'Their own lifetime value',
    hint: 'As if each referred customer behaved like the one who referred them (their own referrals not counted).',
  },
];

/** What a piece of engagement content did: the section below the lab's headline figures. */
export const ENGAGEMENT_FIELDS: FieldSpec[] = [
  {
    key: 'engaged',
    label: 'Customers who engaged',
    hint: 'How many downloaded, shared or used the content.',
    kind: 'count',
  },
  {
    key: 'retentionLift',
    label: 'Their retention lift',
    hint: 'Their annual retention minus that of similar customers who did not engage, in points.',
    kind: 'points',
  },
];
