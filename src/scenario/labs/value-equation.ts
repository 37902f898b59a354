/**
 * Scenario format of the value equation lab (`/labs/value-equation/`).
 *
 * Version 1 (the first): `v=1&yn=…&pq=…&sq=…&p=…&h=…&cn=…&cpq=…&csq=…&cp=…&ch=…`
 * - `yn`, `cn`: names of your offer and the competitor's (text, at most 40 characters)
 * - `pq`, `sq`, `p`, `h`: your product quality, service quality, price and hassle
 * - `cpq`, `csq`, `cp`, `ch`: the same for the competitor
 * Ratings are 0–10 with one decimal (price 10 = feels very expensive, hassle 10 = very
 * inconvenient). An offer's price + hassle must be above 0.
 */
import type { Offer } from '../../calc/value-equation';
import { defineScenario, type CrossFieldProblem, type FieldEntry } from '../codec';
import { numberField, textField } from '../fields';

export interface ValueEquationState {
  yourName: string;
  you: Offer;
  competitorName: string;
  competitor: Offer;
}

/** The rating scale of every lever: the lab's inputs use these limits too. */
export const RATING_LIMITS = { min: 0, max: 10, decimals: 1 } as const;

/** Longest name of an offer, in characters. */
export const NAME_MAX_LENGTH = 40;

function rating(key: string, label: string, value: number) {
  return numberField({ key, label, default: value, ...RATING_LIMITS });
}

function offerFields(side: 'you' | 'competitor', prefix: string, whose: string, start: Offer): FieldEntry[] {
  return [
    { path: `${side}.productQuality`, field: rating(`${prefix}pq`, `${whose} product quality`, start.productQuality) },
    { path: `${side}.serviceQuality`, field: rating(`${prefix}sq`, `${whose} service quality`, start.serviceQuality) },
    { path: `${side}.price`, field: rating(`${prefix}p`, `${whose} price`, start.price) },
    { path: `${side}.hassle`, field: rating(`${prefix}h`, `${whose} hassle`, start.hassle) },
  ];
}

/** The starting scenario (illustrative): a slightly better offer than the market's. */
export const VALUE_EQUATION_START: ValueEquationState = {
  yourName: 'Your offer',
  you: { productQuality: 7, serviceQuality: 6, price: 6, hassle: 5 },
  competitorName: 'The market',
  competitor: { productQuality: 7, serviceQuality: 5, price: 5, hassle: 6 },
};

/**
 * The names the lab shows: what the learner typed, or the starting names when a field is empty.
 * `…IsDefault` says a name is the lab's own ("Your offer"), which reads lower-case mid-sentence.
 */
export function displayNames(state: ValueEquationState): {
  you: string;
  competitor: string;
  youIsDefault: boolean;
  competitorIsDefault: boolean;
} {
  const you = state.yourName || VALUE_EQUATION_START.yourName;
  const competitor = state.competitorName || VALUE_EQUATION_START.competitorName;
  return {
    you,
    competitor,
    youIsDefault: you === VALUE_EQUATION_START.yourName,
    competitorIsDefault: competitor === VALUE_EQUATION_START.competitorName,
  };
}

function costCheck(state: ValueEquationState, side: 'you' | 'competitor', whose: string): CrossFieldProblem[] {
  const offer = state[side];
  if (offer.price + offer.hassle > 0) return [];
  return [
    {
      fields: [`${side}.price`, `${side}.hassle`],
      message: `${whose} price and hassle cannot both be 0 (value would be unbounded)`,
    },
  ];
}

export const valueEquationScenario = defineScenario<ValueEquationState>({
  lab: 'value-equation',
  version: 1,
  fields: [
    {
      path: 'yourName',
      field: textField({
        key: 'yn',
        label: 'the name of your offer',
        default: 'Your offer',
        maxLength: NAME_MAX_LENGTH,
      }),
    },
    ...offerFields('you', '', 'your', VALUE_EQUATION_START.you),
    {
      path: 'competitorName',
      field: textField({
        key: 'cn',
        label: 'the competitor’s name',
        default: 'The market',
        maxLength: NAME_MAX_LENGTH,
      }),
    },
    ...offerFields('competitor', 'c', 'the competitor’s', VALUE_EQUATION_START.competitor),
  ],
  crossCheck: (state) => [...costCheck(state, 'you', 'Your'), ...costCheck(state, 'competitor', 'The competitor’s')],
});

/** Illustrative scenarios a learner can start from. None of the ratings come from a source. */
export const VALUE_EQUATION_PRESETS: readonly {
  id: string;
  title: string;
  story: string;
  state: ValueEquationState;
}[] = [
  {
    id: 'remove-hassle',
    title: 'Take the hassle out',
    story:
      'In the spirit of Smith’s Lexus example: a prestige car maker matches its rivals on the car itself and removes the hassle of ownership with free pick-up, loan cars and guaranteed residuals, which customers also feel as better service. The ratings are invented.',
    state: {
      yourName: 'Hassle-free prestige car',
      you: { productQuality: 8.5, serviceQuality: 9, price: 8, hassle: 2.5 },
      competitorName: 'Prestige rivals',
      competitor: { productQuality: 8.5, serviceQuality: 7, price: 7.5, hassle: 6 },
    },
  },
  {
    id: 'price-war',
    title: 'A price war',
    story:
      'Two retailers with the same products and the same queues keep undercutting each other; neither touches quality or hassle. The ratings are invented.',
    state: {
      yourName: 'Your store',
      you: { productQuality: 6, serviceQuality: 5, price: 3, hassle: 6 },
      competitorName: 'Discount rival',
      competitor: { productQuality: 6, serviceQuality: 5, price: 2.5, hassle: 6 },
    },
  },
  {
    id: 'quality-race',
    title: 'A quality race',
    story:
      'A software firm adds feature after feature to beat a rival’s product rating, and raises its price to pay for them. The ratings are invented.',
    state: {
      yourName: 'Your product',
      you: { productQuality: 9.5, serviceQuality: 5, price: 8, hassle: 6 },
      competitorName: 'The rival',
      competitor: { productQuality: 8, serviceQuality: 6, price: 6.5, hassle: 5 },
    },
  },
];
