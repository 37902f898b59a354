/**
 * Scenario links for every lab: the public contract (DESIGN.md, "Scenario codec").
 *
 *   encode(lab, state)     canonical fragment text, without '#'
 *   decode(lab, fragment)  { state, issues }, never throws
 *   defaults(lab)          the lab's starting state; decode(lab, '') gives it with no issues
 *
 * Each lab declares its format once in `labs/<lab>.ts` with `defineScenario` (fields built with
 * Valibot schemas in `fields.ts`). An island imports its own lab's definition and the generic
 * functions in `codec.ts`, so it does not load the other labs' formats.
 */
import { decodeScenario, encodeScenario, scenarioDefaults, type ScenarioIssue } from './codec';
import { valueEquationScenario, type ValueEquationState } from './labs/value-equation';

export interface ScenarioStates {
  'value-equation': ValueEquationState;
}

export type ScenarioLabId = keyof ScenarioStates;

const definitions = {
  'value-equation': valueEquationScenario,
} as const;

/** Labs whose scenarios can be shared as links. */
export const scenarioLabs = Object.keys(definitions) as ScenarioLabId[];

export function encode<L extends ScenarioLabId>(lab: L, state: ScenarioStates[L]): string {
  return encodeScenario(definitions[lab], state);
}

export function decode<L extends ScenarioLabId>(
  lab: L,
  fragment: string,
): { state: ScenarioStates[L]; issues: ScenarioIssue[] } {
  return decodeScenario(definitions[lab], fragment);
}

/** The format version a lab's links are written in now. */
export function currentVersion(lab: ScenarioLabId): number {
  return definitions[lab].version;
}

export function defaults<L extends ScenarioLabId>(lab: L): ScenarioStates[L] {
  return scenarioDefaults(definitions[lab]);
}

export type { ScenarioIssue } from './codec';
