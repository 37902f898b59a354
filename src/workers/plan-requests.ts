/**
 * What lesson 9's worker does for the plan (`plan.worker.ts` is only its message loop): the
 * headline of each saved scenario, and the strict reading of a course data file. Both need every
 * lab's calculations and link formats; in a worker they stay off the labs' own bundles and off the
 * page's main thread.
 */
import { scenarioHeadline } from '../course/scenario-digest';
import { compactFragment } from '../scenario/compact';
import type { CourseDataReading } from '../course/course-data';
import { readCourseData } from '../course/course-data-reader';
import type { ScenarioLabId } from '../scenario/index';

export type PlanRequest =
  { id: number; kind: 'headlines'; scenarios: [ScenarioLabId, string][] } | { id: number; kind: 'read'; text: string };

export type PlanResponse =
  | { id: number; kind: 'headlines'; headlines: Partial<Record<ScenarioLabId, SavedScenarioDigest>> }
  | { id: number; kind: 'read'; reading: CourseDataReading };

/** What the plan shows of a saved scenario: the lab's headline, and its shortest link fragment. */
export interface SavedScenarioDigest {
  headline: string;
  fragment: string;
}

/** Answers one request. Never throws: the functions it calls do not. */
export function answerPlanRequest(request: PlanRequest): PlanResponse {
  if (request.kind === 'read') return { id: request.id, kind: 'read', reading: readCourseData(request.text) };
  const headlines: Partial<Record<ScenarioLabId, SavedScenarioDigest>> = {};
  for (const [lab, fragment] of request.scenarios) {
    headlines[lab] = { headline: scenarioHeadline(lab, fragment), fragment: compactFragment(lab, fragment) };
  }
  return { id: request.id, kind: 'headlines', headlines };
}
