/**
 * State of the value equation lab: the scenario (two offers and their names) and the figures
 * computed from it. One lab per page, so the stores are module singletons.
 */
import { atom, computed, map } from 'nanostores';
import type { Lever } from '../calc/value-equation';
import { valueEquationReport } from '../calc/value-equation-report';
import { scenarioDefaults } from '../scenario/codec';
import { cleanText } from '../scenario/fields';
import {
  NAME_MAX_LENGTH,
  RATING_LIMITS,
  VALUE_EQUATION_PRESETS,
  valueEquationScenario,
  type ValueEquationState,
} from '../scenario/labs/value-equation';

export type Side = 'you' | 'competitor';

export const $valueEquation = atom<ValueEquationState>(scenarioDefaults(valueEquationScenario));

/** The lab's figures. Recomputed only when the scenario changes. */
export const $valueEquationReport = computed($valueEquation, (state) =>
  valueEquationReport(state.you, state.competitor),
);

/**
 * Sets one lever of one offer. Returns `false`, changing nothing, for a value off the rating scale
 * (0–10, one decimal) or one that would make price + hassle 0, so the figures stay valid.
 */
export function setLever(side: Side, lever: Lever, value: number): boolean {
  const { min, max, decimals } = RATING_LIMITS;
  const scaled = value * 10 ** decimals;
  if (!Number.isFinite(value) || value < min || value > max || Math.abs(scaled - Math.round(scaled)) > 1e-9) {
    return false;
  }
  const state = $valueEquation.get();
  const offer = { ...state[side], [lever]: value };
  if (offer.price + offer.hassle <= 0) return false;
  $valueEquation.set({ ...state, [side]: offer });
  return true;
}

/** Renames one of the offers (cleaned and capped as a link would carry it). */
export function setOfferName(side: Side, name: string): void {
  const key = side === 'you' ? 'yourName' : 'competitorName';
  $valueEquation.set({ ...$valueEquation.get(), [key]: cleanText(name, NAME_MAX_LENGTH) });
}

/**
 * Counts whole-scenario replacements (link, preset, reset, undo), so inputs can drop what a learner
 * was typing and show the new values.
 */
export const $scenarioRevision = atom(0);

/**
 * Number fields whose text cannot be used right now, by field id, with the value the figures use
 * instead. The results say so, so a half-typed number never silently drives them.
 */
export const $inputProblems = map<Record<string, { label: string; using: number } | undefined>>({});

export function setInputProblem(id: string, problem: { label: string; using: number } | undefined): void {
  $inputProblems.setKey(id, problem);
}

/** Replaces the whole scenario (from a link, a preset, a reset or an undo). */
export function loadScenario(state: ValueEquationState): void {
  $valueEquation.set(structuredClone(state));
  $scenarioRevision.set($scenarioRevision.get() + 1);
}

/** Loads one of the illustrative presets by id. */
export function applyPreset(id: string): void {
  const preset = VALUE_EQUATION_PRESETS.find((p) => p.id === id);
  if (preset) loadScenario(preset.state);
}

/** Back to the starting scenario. */
export function resetLab(): void {
  loadScenario(scenarioDefaults(valueEquationScenario));
}
