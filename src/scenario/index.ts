/**
 * Scenario links for every lab: the public contract (DESIGN.md, "Scenario codec").
 *
 *   encode(lab, state)     canonical fragment text, without '#'
 *   decode(lab, fragment)  { state, issues }, never throws
 *   defaults(lab)          the lab's starting state; decode(lab, '') gives it with no issues
 *
 * Each lab declares its format once in `labs/<lab>.ts` with `defineScenario` (fields built with
 * Valibot schemas in `fields.ts`), and its registry entry (`src/labs/registry.ts`) names it: the labs
 * here are the registry's. An island imports its own lab's definition and the generic functions in
 * `codec.ts`, so it does not load the other labs' formats (or this module, which loads them all).
 */
import { decodeScenario, encodeScenario, scenarioDefaults, type ScenarioDefinition, type ScenarioIssue } from './codec';
import { scenarioLabRegistry, type ScenarioLabId, type ScenarioStates } from '../labs/registry';

export type { ScenarioLabId, ScenarioStates };

/** A lab’s scenario format. */
export function scenarioDefinition<L extends ScenarioLabId>(lab: L): ScenarioDefinition<ScenarioStates[L]> {
  return scenarioLabRegistry[lab].definition;
}

/** Labs whose scenarios can be shared as links. */
export const scenarioLabs = Object.keys(scenarioLabRegistry) as ScenarioLabId[];

export function encode<L extends ScenarioLabId>(lab: L, state: ScenarioStates[L]): string {
  return encodeScenario(scenarioDefinition(lab), state);
}

export function decode<L extends ScenarioLabId>(
  lab: L,
  fragment: string,
): { state: ScenarioStates[L]; issues: ScenarioIssue[] } {
  return decodeScenario(scenarioDefinition(lab), fragment);
}

/** The format version a lab's links are written in now. */
export function currentVersion(lab: ScenarioLabId): number {
  return scenarioDefinition(lab).version;
}

export function defaults<L extends ScenarioLabId>(lab: L): ScenarioStates[L] {
  return scenarioDefaults(scenarioDefinition(lab));
}

export type { ScenarioIssue } from './codec';
