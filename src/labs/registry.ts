/**
 * Every lab whose scenario travels in links, one line each: the plan's headlines
 * (`src/course/scenario-digest.ts`), the compare board's tables (`src/workshop/board-table.ts`) and
 * the codec's `encode`/`decode`/`defaults(lab)` (`src/scenario/index.ts`) work over this list. Each
 * entry is its lab's `index.ts` (`lab.ts` says what one holds); the lab's plain facts are in
 * `catalogue.ts`, which a type check below keeps in step with this list.
 *
 * It loads every lab's calculations, so only code that needs every lab imports it: the plan's and
 * the board's workers, and tests. A lab's own island imports its own parts.
 */
import type { CatalogueScenarioLabId } from './catalogue';
import type { ScenarioLab } from './lab';
import { allocationLab } from './allocation';
import { ltvRoiLab } from './ltv-roi';
import { perceptionGapLab } from './perception-gap';
import { valueEquationLab } from './value-equation';

const labs = {
  'value-equation': valueEquationLab,
  'ltv-roi': ltvRoiLab,
  allocation: allocationLab,
  'perception-gap': perceptionGapLab,
};

type Labs = typeof labs;

/** A lab whose scenario travels in links. */
export type ScenarioLabId = keyof Labs;

/** Each lab's scenario, by id. */
export type ScenarioStates = { [L in ScenarioLabId]: Parameters<Labs[L]['report']>[0] };

/** Each lab's report of a scenario whose figures can be worked out, by id. */
export type ScenarioReports = { [L in ScenarioLabId]: Parameters<Labs[L]['headline']>[1] };

/**
 * The registry, typed so that a lab's entry is known from its id, even a generic one:
 * `scenarioLabRegistry[lab].report(state)` type-checks for `state: ScenarioStates[L]`.
 */
export const scenarioLabRegistry: { [L in ScenarioLabId]: ScenarioLab<ScenarioStates[L], ScenarioReports[L]> } = labs;

// The catalogue's labs with scenarios and the registry's are the same labs: a lab missing from
// either list fails here.
true satisfies [ScenarioLabId] extends [CatalogueScenarioLabId]
  ? [CatalogueScenarioLabId] extends [ScenarioLabId]
    ? true
    : false
  : false;
