/**
 * Collects everything the course keeps in this browser into a course data file, and applies a file
 * that `readCourseData` has checked (lesson 9). The file's format, name and preview are
 * `src/course/course-data.ts`.
 */
import {
  COURSE_DATA_FORMAT,
  COURSE_DATA_VERSION,
  SAVED_SCENARIO_LABS,
  type CourseData,
  type CourseDataFile,
} from '../course/course-data';
import type { ScenarioLabId } from '../scenario/index';
import { $progress, parseProgress } from './progress';
import { readSavedScenario, writeSavedScenario } from './saved-scenario-storage';
import { auditRecord } from './self-audit';
import { threatsRecord } from './threats';
import { planRecord } from './plan';

export * from '../course/course-data';

/** Everything this browser keeps for the course, as the export file holds it. */
export function collectCourseData(now: Date = new Date()): CourseDataFile {
  const scenarios: Partial<Record<ScenarioLabId, string>> = {};
  for (const lab of SAVED_SCENARIO_LABS) {
    const fragment = readSavedScenario(lab);
    if (fragment !== undefined) scenarios[lab] = fragment;
  }
  return {
    format: COURSE_DATA_FORMAT,
    version: COURSE_DATA_VERSION,
    exported: now.toISOString(),
    progress: parseProgress(JSON.stringify($progress.get())),
    scenarios,
    audit: auditRecord.$store.get(),
    threats: threatsRecord.$store.get(),
    plan: planRecord.$store.get(),
  };
}

/** Replaces this browser's copy of every section the data holds. */
export function applyCourseData(data: CourseData): void {
  if (data.progress) $progress.set(data.progress);
  if (data.scenarios) {
    for (const lab of SAVED_SCENARIO_LABS) writeSavedScenario(lab, data.scenarios[lab]);
  }
  if (data.audit) auditRecord.$store.set(data.audit);
  if (data.threats) threatsRecord.$store.set(data.threats);
  if (data.plan) planRecord.$store.set(data.plan);
}
