/**
 * State of the customer-centric allocation lab: the tiers and budget as the learner set them, and
 * the figures computed from them. One lab per page, so the stores are module singletons.
 */
import { computed } from 'nanostores';
import { allocationReport } from '../calc/allocation-report';
import { formatMoney } from '../course/format';
import type { Currency } from '../scenario/currency';
import { cleanText, numberProblem } from '../scenario/fields';
import {
  ALLOCATION_LIMITS,
  MAX_TIERS,
  MIN_TIERS,
  TIER_COLUMNS,
  TIER_NAME_MAX_LENGTH,
  allocationScenario,
  tiersOf,
  type AllocationState,
  type TierNumber,
} from '../scenario/labs/allocation';
import { createLabStore } from './lab-store';

/** The lab's scenario, reset and input problems (shared lab machinery). It has no presets. */
export const allocationLab = createLabStore(allocationScenario, [], {
  // Reset brings the starting tiers back, not another currency.
  keep: (current, next) => ({ ...next, currency: current.currency }),
});

export const $allocation = allocationLab.$scenario;

/** The lab's figures. Recomputed only when the scenario changes. */
export const $allocationReport = computed($allocation, (state) => allocationReport(tiersOf(state), state.budget));

/** The scenario and its figures together, for the charts (one store to listen to). */
export const $allocationChart = computed([$allocation, $allocationReport], (state, report) => ({ state, report }));

export type { TierNumber } from '../scenario/labs/allocation';

/** Sets the budget. Returns why, changing nothing, for a value outside its limits. */
export function setBudget(value: number): string | undefined {
  const problem = numberProblem(ALLOCATION_LIMITS.budget, value);
  if (problem) return problem;
  $allocation.set({ ...$allocation.get(), budget: value });
  return undefined;
}

/**
 * Sets one number of one tier. Returns why, changing nothing, when the value is outside its limits,
 * would put a tier's potential below its value now, or would leave every tier without customers.
 */
export function setTierNumber(column: TierNumber, index: number, value: number): string | undefined {
  const problem = numberProblem(ALLOCATION_LIMITS[column], value);
  if (problem) return problem;
  const state = $allocation.get();
  if (index < 0 || index >= state.names.length) return 'That tier no longer exists.';
  const next = { ...state, [column]: state[column].map((v, i) => (i === index ? value : v)) };
  const valueNow = next.values[index] ?? 0;
  const potential = next.potentials[index] ?? 0;
  const money = (v: number): string => formatMoney(v, state.currency);
  if (potential < valueNow) {
    return column === 'potentials'
      ? `The potential value cannot be below the value now (${money(valueNow)}). Enter a higher potential, or lower the value now above.`
      : `The value now cannot be above the potential value (${money(potential)}). Enter a lower value, or raise the potential value below.`;
  }
  if (next.customers.every((n) => n === 0)) return 'At least one tier needs customers: the others have none.';
  $allocation.set(next);
  return undefined;
}

/** Renames a tier (cleaned and capped as a link would carry it). */
export function renameTier(index: number, name: string): void {
  const state = $allocation.get();
  if (index < 0 || index >= state.names.length) return;
  const names = state.names.map((n, i) => (i === index ? cleanText(name, TIER_NAME_MAX_LENGTH) : n));
  $allocation.set({ ...state, names });
}

export function setCurrency(currency: Currency): void {
  $allocation.set({ ...$allocation.get(), currency });
}

/** Applies the same change to every tier column (add, remove or move a tier), as a whole replacement. */
function restructure(change: <T>(column: T[]) => T[]): void {
  const state = $allocation.get();
  const next: AllocationState = { ...state };
  for (const column of TIER_COLUMNS) (next[column] as unknown[]) = change(state[column] as unknown[]);
  // A whole replacement: the inputs drop any half-typed text, which may belong to another tier now.
  allocationLab.loadScenario(next);
}

/** Adds a tier at the end, copying the last tier's numbers as a starting point. False at 8 tiers. */
export function addTier(): boolean {
  const state = $allocation.get();
  if (state.names.length >= MAX_TIERS) return false;
  const count = state.names.length;
  restructure((column) => [...column, column[count - 1] as (typeof column)[number]]);
  renameTier(count, `Tier ${count + 1}`);
  return true;
}

/** Removes a tier. False when it is the last one, or the only one with customers. */
export function removeTier(index: number): boolean {
  const state = $allocation.get();
  if (state.names.length <= MIN_TIERS || index < 0 || index >= state.names.length) return false;
  if (state.customers.every((n, i) => i === index || n === 0)) return false;
  restructure((column) => column.filter((_, i) => i !== index));
  return true;
}

/** Moves a tier one place up (−1) or down (+1). False at either end. */
export function moveTier(index: number, direction: -1 | 1): boolean {
  const state = $allocation.get();
  const target = index + direction;
  if (index < 0 || target < 0 || target >= state.names.length) return false;
  restructure((column) => {
    const copy = [...column];
    const [moved] = copy.splice(index, 1);
    copy.splice(target, 0, moved as (typeof column)[number]);
    return copy;
  });
  return true;
}

export const { $revision, $inputProblems, setInputProblem, loadScenario, resetLab } = allocationLab;
