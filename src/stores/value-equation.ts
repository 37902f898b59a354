/**
 * State of the value equation lab: the scenario (two offers and their names) and the figures
 * computed from it. One lab per page, so the stores are module singletons.
 */
import { computed } from 'nanostores';
import type { Lever } from '../calc/value-equation';
import { valueEquationReport } from '../calc/value-equation-report';
import { cleanText, numberProblem } from '../scenario/fields';
import {
  NAME_MAX_LENGTH,
  RATING_LIMITS,
  VALUE_EQUATION_PRESETS,
  valueEquationScenario,
} from '../scenario/labs/value-equation';
import { createLabStore } from './lab-store';

export type Side = 'you' | 'competitor';

/** The lab's scenario, presets, reset and input problems (shared lab machinery). */
export const valueEquationLab = createLabStore(valueEquationScenario, VALUE_EQUATION_PRESETS);
const lab = valueEquationLab;

export const $valueEquation = lab.$scenario;

/** The lab's figures. Recomputed only when the scenario changes. */
export const $valueEquationReport = computed($valueEquation, (state) =>
  valueEquationReport(state.you, state.competitor),
);

/** Why price and hassle cannot both be 0: the equation would divide by nothing. */
export const PRICE_AND_HASSLE_ZERO =
  'Price and hassle cannot both be 0: an offer that is free and effortless has unbounded value.';

/**
 * Sets one lever of one offer. Returns why, changing nothing, for a value off the rating scale
 * (0–10, one decimal) or one that would make price + hassle 0, so the figures stay valid.
 */
export function setLever(side: Side, lever: Lever, value: number): string | undefined {
  const problem = numberProblem(RATING_LIMITS, value);
  if (problem) return problem;
  const state = $valueEquation.get();
  const offer = { ...state[side], [lever]: value };
  if (offer.price + offer.hassle <= 0) return PRICE_AND_HASSLE_ZERO;
  $valueEquation.set({ ...state, [side]: offer });
  return undefined;
}

/** Renames one of the offers (cleaned and capped as a link would carry it). */
export function setOfferName(side: Side, name: string): void {
  const key = side === 'you' ? 'yourName' : 'competitorName';
  $valueEquation.set({ ...$valueEquation.get(), [key]: cleanText(name, NAME_MAX_LENGTH) });
}

export const {
  $revision: $scenarioRevision,
  $inputProblems,
  setInputProblem,
  loadScenario,
  applyPreset,
  resetLab,
} = lab;
