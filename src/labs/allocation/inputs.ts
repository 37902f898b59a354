/**
 * The allocation lab's inputs and strategies in words. Plain data, so the lab's words have one home.
 * "Invest in proportion to value potential" is Tim Suther's rule (he quotes Peter Fader's
 * definition of customer centricity before it; the rule is his own sentence).
 */
import type { Strategy } from '../../calc/allocation';
import type { TierNumber } from '../../scenario/labs/allocation';

/** What each way of splitting the budget does, after its name. */
export const STRATEGY_HINTS: Record<Strategy, string> = {
  equal: 'the same spend per customer in every tier: the customer-service default',
  'current-value': 'in proportion to what each tier is worth now',
  'value-potential': 'in proportion to what each tier could be worth: Tim Suther’s rule',
  optimal: 'each dollar where it lifts value most, until every funded tier returns the same on its last dollar',
};

/** The four numbers of a tier, in the order the lab asks for them. */
export const TIER_FIELDS: { column: TierNumber; label: string; hint: string; money: boolean }[] = [
  { column: 'customers', label: 'Customers', hint: 'How many customers are in the tier.', money: false },
  {
    column: 'values',
    label: 'Value per customer now',
    hint: 'What one is worth to you today, e.g. a year’s margin.',
    money: true,
  },
  {
    column: 'potentials',
    label: 'Potential value per customer',
    hint: 'What one could be worth at best: moved up a tier, or won back.',
    money: true,
  },
  {
    column: 'halves',
    label: 'Spend per customer for half the upside',
    hint: 'How responsive the tier is: less means a little spend moves it a lot.',
    money: true,
  },
];
