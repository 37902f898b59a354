/**
 * Scenario format of the lifetime-value-credited ROI lab (`/labs/ltv-roi/`).
 *
 * Version 1 (the first):
 * `v=1&cur=USD&spend=20000&customers=400&first=100&margin=40&repeat=40&orders=2&retention=55&discount=10&years=3&referrals=0&serve=0&credit=first-order&engaged=0&lift=0`
 * - `cur`: currency of every amount (USD, EUR, GBP, PLN, JPY, INR)
 * - `spend`: campaign spend (money, 1 to 1,000,000,000, two decimals)
 * - `customers`: new customers the campaign brought (whole number, 0 to 10,000,000)
 * - `first`, `repeat`: first-order and repeat-order value (money, 0 to 10,000,000)
 * - `margin`, `retention`, `discount`: gross margin, annual retention and discount rate, in percent
 *   (0 to 100, one decimal)
 * - `orders`: repeat orders per retained customer per year (0 to 365, one decimal)
 * - `years`: horizon in repeat years after the acquisition year (1 to 50)
 * - `referrals`: new customers each retained customer refers per year (0 to 10, two decimals)
 * - `serve`: cost to serve a retained customer per year (money)
 * - `credit`: how a referred customer is credited, `first-order` or `lifetime`
 * - `engaged`, `lift`: customers who engaged with a piece of content, and the change in their
 *   annual retention in percentage points (−100 to 100, one decimal; the engaged customers'
 *   retention is retention + lift, held within 0–100%)
 *
 * Rates are percentages here, as a learner types them; `src/calc/ltv-roi-report.ts` turns them into
 * the fractions the calculations take. All default numbers are illustrative, not from a source.
 */
import { DEFAULT_REFERRAL_CREDIT, REFERRAL_CREDITS, REFERRALS_PER_YEAR_MAX } from '../../calc/ltv';
import type { LtvRoiFigures } from '../../calc/ltv-roi-report';
import { defineScenario } from '../codec';
import type { Currency } from '../currency';
import { choiceField, currencyField, numberField } from '../fields';

/** A campaign as the lab holds it (rates in percent, as typed; see `LtvRoiFigures`), and its currency. */
export interface LtvRoiState extends LtvRoiFigures {
  currency: Currency;
}

/** Limits of each number, shared by the link format and the lab's inputs. */
export const LTV_ROI_LIMITS = {
  spend: { min: 1, max: 1e9, decimals: 2 },
  customers: { min: 0, max: 1e7, decimals: 0 },
  firstOrder: { min: 0, max: 1e7, decimals: 2 },
  margin: { min: 0, max: 100, decimals: 1 },
  repeatOrder: { min: 0, max: 1e7, decimals: 2 },
  ordersPerYear: { min: 0, max: 365, decimals: 1 },
  retention: { min: 0, max: 100, decimals: 1 },
  discount: { min: 0, max: 100, decimals: 1 },
  years: { min: 1, max: 50, decimals: 0 },
  referrals: { min: 0, max: REFERRALS_PER_YEAR_MAX, decimals: 2 },
  costToServe: { min: 0, max: 1e7, decimals: 2 },
  engaged: { min: 0, max: 1e7, decimals: 0 },
  retentionLift: { min: -100, max: 100, decimals: 1 },
} as const satisfies Record<string, { min: number; max: number; decimals: number }>;

export type LtvRoiNumber = keyof typeof LTV_ROI_LIMITS;

/**
 * The starting scenario (illustrative): the homeware shop lesson 4 works by hand, a campaign that
 * loses a fifth of its spend on the first sales and pays for itself in the first repeat year.
 */
export const LTV_ROI_START: LtvRoiState = {
  currency: 'USD',
  spend: 20000,
  customers: 400,
  firstOrder: 100,
  margin: 40,
  repeatOrder: 40,
  ordersPerYear: 2,
  retention: 55,
  discount: 10,
  years: 3,
  referrals: 0,
  costToServe: 0,
  referralCredit: DEFAULT_REFERRAL_CREDIT,
  engaged: 0,
  retentionLift: 0,
};

const LABELS: Record<LtvRoiNumber, [key: string, label: string]> = {
  spend: ['spend', 'the campaign spend'],
  customers: ['customers', 'the number of new customers'],
  firstOrder: ['first', 'the first-order value'],
  margin: ['margin', 'the gross margin'],
  repeatOrder: ['repeat', 'the repeat-order value'],
  ordersPerYear: ['orders', 'the orders per year'],
  retention: ['retention', 'the retention rate'],
  discount: ['discount', 'the discount rate'],
  years: ['years', 'the horizon in years'],
  referrals: ['referrals', 'the referrals per year'],
  costToServe: ['serve', 'the cost to serve'],
  engaged: ['engaged', 'the number of engaged customers'],
  retentionLift: ['lift', 'the retention lift'],
};

function number(path: LtvRoiNumber) {
  const [key, label] = LABELS[path];
  return { path, field: numberField({ key, label, default: LTV_ROI_START[path], ...LTV_ROI_LIMITS[path] }) };
}

export const ltvRoiScenario = defineScenario<LtvRoiState>({
  lab: 'ltv-roi',
  version: 1,
  fields: [
    { path: 'currency', field: currencyField(LTV_ROI_START.currency) },
    number('spend'),
    number('customers'),
    number('firstOrder'),
    number('margin'),
    number('repeatOrder'),
    number('ordersPerYear'),
    number('retention'),
    number('discount'),
    number('years'),
    number('referrals'),
    number('costToServe'),
    {
      path: 'referralCredit',
      field: choiceField({
        key: 'credit',
        label: 'how referred customers are credited',
        default: LTV_ROI_START.referralCredit,
        options: REFERRAL_CREDITS,
      }),
    },
    number('engaged'),
    number('retentionLift'),
  ],
});

/** Illustrative scenarios a learner can start from. None of the numbers come from a source. */
export const LTV_ROI_PRESETS: readonly { id: string; title: string; story: string; state: LtvRoiState }[] = [
  {
    id: 'subscription-box',
    title: 'Subscription box',
    story:
      'A monthly box with a modest margin: every retained customer orders twelve times a year, so lifetime value is many times the first sale, as Gupta notes for subscription businesses. Some subscribers recommend it to friends. The numbers are invented.',
    state: {
      ...LTV_ROI_START,
      spend: 60000,
      customers: 1500,
      firstOrder: 30,
      margin: 30,
      repeatOrder: 30,
      ordersPerYear: 12,
      retention: 55,
      discount: 10,
      years: 5,
      referrals: 0.2,
      costToServe: 12,
    },
  },
  {
    id: 'apparel-retailer',
    title: 'Apparel retailer',
    story:
      'An online clothier’s acquisition campaign: a good first basket, then one or two orders a year from the customers who come back. The numbers are invented.',
    state: {
      ...LTV_ROI_START,
      spend: 30000,
      customers: 600,
      firstOrder: 90,
      margin: 50,
      repeatOrder: 70,
      ordersPerYear: 1.5,
      retention: 35,
      discount: 10,
      years: 5,
      referrals: 0.1,
      costToServe: 0,
    },
  },
  {
    id: 'b2b-service',
    title: 'B2B service',
    story:
      'A business service sold on yearly contracts: a costly campaign wins a dozen clients who mostly renew, need an account manager and now and then refer a peer. The numbers are invented.',
    state: {
      ...LTV_ROI_START,
      spend: 150000,
      customers: 12,
      firstOrder: 20000,
      margin: 35,
      repeatOrder: 20000,
      ordersPerYear: 1,
      retention: 85,
      discount: 12,
      years: 10,
      referrals: 0.15,
      costToServe: 2500,
    },
  },
];
