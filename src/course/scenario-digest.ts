/**
 * The headline of a learner's saved scenario, as the customer value plan (lesson 9) shows it: the
 * same sentence the lab says. It needs every lab's calculations (the registry), so the plan asks
 * lesson 9's worker.
 *
 * Pure: the saved fragment goes in, words come out. Never throws: a fragment the codec cannot fully
 * read still opens with what it can (the codec's rule), and a scenario whose figures cannot be
 * worked out gives the lab's own message.
 */
import { scenarioLabRegistry, type ScenarioLabId } from '../labs/registry';

/** What a saved scenario comes to, in the lab's own words. */
export function scenarioHeadline(lab: ScenarioLabId, fragment: string): string {
  return scenarioLabRegistry[lab].digest(fragment);
}
