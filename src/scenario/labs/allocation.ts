/**
 * Scenario format of the customer-centric investment allocation lab (`/labs/allocation/`).
 *
 * Version 1 (the first):
 * `v=1&cur=USD&budget=200000&tn=Top%20value,Middle,Low%20value&tc=2000,8000,20000&tv=1000,300,100&tp=1170,360,134&th=50,30,25`
 * - `cur`: currency of every amount (USD, EUR, GBP, PLN, JPY, INR)
 * - `budget`: the budget to allocate (money, 0 to 1,000,000,000, two decimals)
 * - one comma-separated list per tier property, 1 to 8 tiers, in the tiers' order:
 *   - `tn`: names (text, at most 40 characters each; a comma or % inside a name is escaped as
 *     %2C or %25 before the link's own percent-encoding, so a comma shows as %252C)
 *   - `tc`: customers (whole numbers, 0 to 100,000,000)
 *   - `tv`: value per customer now (money, 0 to 10,000,000)
 *   - `tp`: potential value per customer (money, at least the value now)
 *   - `th`: spend per customer that captures half the tier's upside (money, above 0)
 * The lists must have the same length; a link with more than 8 tiers keeps the first 8.
 *
 * Tiers are stored column by column, as the link writes them; `tiersOf` gives them as rows.
 * The starting tiers use the upside figures Tim Suther reports (17% for top-value customers, 34%
 * for low-value ones moved up); every other number is illustrative.
 */
import type { Strategy, Tier } from '../../calc/allocation';
import { defineScenario, type CrossFieldProblem } from '../codec';
import type { Currency } from '../currency';
import { currencyField, numberField } from '../fields';
import { numberListField, textListField } from '../list-fields';

export interface AllocationState {
  currency: Currency;
  /** Budget to allocate (money). */
  budget: number;
  /** Tier names, in order. */
  names: string[];
  /** Customers per tier. */
  customers: number[];
  /** Value per customer now, per tier (money). */
  values: number[];
  /** Potential value per customer, per tier (money). */
  potentials: number[];
  /** Spend per customer that captures half the upside, per tier (money). */
  halves: number[];
}

/** The tier-list columns, in the order a tier's properties are written. */
export const TIER_COLUMNS = ['names', 'customers', 'values', 'potentials', 'halves'] as const;

/** A tier's numbers (every tier column but its name). */
export type TierNumber = Exclude<(typeof TIER_COLUMNS)[number], 'names'>;

export const MIN_TIERS = 1;
export const MAX_TIERS = 8;
export const TIER_NAME_MAX_LENGTH = 40;

export const ALLOCATION_LIMITS = {
  budget: { min: 0, max: 1e9, decimals: 2 },
  customers: { min: 0, max: 1e8, decimals: 0 },
  values: { min: 0, max: 1e7, decimals: 2 },
  potentials: { min: 0, max: 1e7, decimals: 2 },
  halves: { min: 0.01, max: 1e7, decimals: 2 },
} as const;

/** The starting tiers (illustrative, with Suther's 17% and 34% upsides) and budget. */
export const ALLOCATION_START: AllocationState = {
  currency: 'USD',
  budget: 200000,
  names: ['Top value', 'Middle', 'Low value'],
  customers: [2000, 8000, 20000],
  values: [1000, 300, 100],
  potentials: [1170, 360, 134],
  halves: [50, 30, 25],
};

/** The tiers as rows, for the calculation. */
export function tiersOf(state: AllocationState): Tier[] {
  return state.names.map((name, i) => ({
    name,
    customers: state.customers[i] ?? 0,
    valuePerCustomer: state.values[i] ?? 0,
    potentialPerCustomer: state.potentials[i] ?? 0,
    halfResponseSpend: state.halves[i] ?? 1,
  }));
}

const list = { minItems: MIN_TIERS, maxItems: MAX_TIERS, items: 'tiers' };

/** The tier lists only make sense together: one that cannot be used resets them all. */
const tiers = { label: 'the link', resetTo: 'its starting tiers' };

/**
 * Every tier list must have one entry per tier, each tier's potential must reach its value, and the
 * tiers must hold a customer between them. A link that breaks any of these opens with the starting
 * tiers (all five lists, so they agree with one another), keeping its currency and budget.
 */
function tierChecks(state: AllocationState): CrossFieldProblem[] {
  const problem = (message: string): CrossFieldProblem[] => [
    { fields: [...TIER_COLUMNS], message, resetTo: 'its starting tiers' },
  ];
  const lengths = TIER_COLUMNS.map((column) => state[column].length);
  if (lengths.some((n) => n !== lengths[0])) {
    return problem(`The link’s tier lists have different lengths (${lengths.join(', ')})`);
  }
  const below = state.potentials.findIndex((p, i) => p < (state.values[i] ?? 0));
  if (below !== -1) return problem(`Tier ${below + 1}’s potential value is below its value now`);
  if (state.customers.every((n) => n === 0)) return problem('Every tier has 0 customers');
  return [];
}

export const allocationScenario = defineScenario<AllocationState>({
  lab: 'allocation',
  version: 1,
  fields: [
    { path: 'currency', field: currencyField(ALLOCATION_START.currency) },
    {
      path: 'budget',
      field: numberField({
        key: 'budget',
        label: 'the budget',
        default: ALLOCATION_START.budget,
        ...ALLOCATION_LIMITS.budget,
      }),
    },
    {
      path: 'names',
      group: tiers,
      field: textListField({
        key: 'tn',
        label: 'the tier names',
        default: ALLOCATION_START.names,
        maxLength: TIER_NAME_MAX_LENGTH,
        ...list,
      }),
    },
    {
      path: 'customers',
      group: tiers,
      field: numberListField({
        key: 'tc',
        label: 'the customers per tier',
        default: ALLOCATION_START.customers,
        ...ALLOCATION_LIMITS.customers,
        ...list,
      }),
    },
    {
      path: 'values',
      group: tiers,
      field: numberListField({
        key: 'tv',
        label: 'the value per customer now',
        default: ALLOCATION_START.values,
        ...ALLOCATION_LIMITS.values,
        ...list,
      }),
    },
    {
      path: 'potentials',
      group: tiers,
      field: numberListField({
        key: 'tp',
        label: 'the potential value per customer',
        default: ALLOCATION_START.potentials,
        ...ALLOCATION_LIMITS.potentials,
        ...list,
      }),
    },
    {
      path: 'halves',
      group: tiers,
      field: numberListField({
        key: 'th',
        label: 'the spend per customer for half the upside',
        default: ALLOCATION_START.halves,
        ...ALLOCATION_LIMITS.halves,
        ...list,
      }),
    },
  ],
  crossCheck: tierChecks,
});

/** The strategies in the words the lab uses. */
export const STRATEGY_NAMES: Record<Strategy, string> = {
  equal: 'Treat everyone the same',
  'current-value': 'By current value',
  'value-potential': 'By value potential',
  optimal: 'Best split',
};

/** A tier's name as the lab shows it: "Tier 2" when the learner left it empty. */
export function tierLabel(names: readonly string[], index: number): string {
  const name = names[index] ?? '';
  return name === '' ? `Tier ${index + 1}` : name;
}
