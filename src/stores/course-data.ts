/**
 * Collects everything the course keeps in this browser into a course data file, and imports one
 * (lesson 9): a chosen file is checked whole by lesson 9's worker (`readCourseData`), shown, and
 * applied only once the learner confirms. The file's format, name and preview are
 * `src/course/course-data.ts`.
 */
import {
  COURSE_DATA_FORMAT,
  COURSE_DATA_VERSION,
  MAX_COURSE_DATA_BYTES,
  SAVED_SCENARIO_LABS,
  type CourseData,
  type CourseDataFile,
} from '../course/course-data';
import { atom } from 'nanostores';
import type { ScenarioLabId } from '../scenario/index';
import { askPlanWorker } from '../workers/plan-client';
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

/** Where an import stands: nothing chosen, a file refused (and why), a file to confirm, or done. */
export type CourseDataImport =
  | { step: 'idle' }
  | { step: 'refused'; name: string; problem: string }
  | { step: 'confirm'; name: string; data: CourseData; exported: string | undefined }
  | { step: 'done'; name: string };

export const $courseDataImport = atom<CourseDataImport>({ step: 'idle' });

/** Reads and checks a chosen file; nothing in this browser changes until `confirmCourseDataImport`. */
export async function chooseCourseDataFile(file: Pick<File, 'name' | 'size' | 'text'>): Promise<void> {
  const refuse = (problem: string): void => {
    $courseDataImport.set({ step: 'refused', name: file.name, problem });
  };
  if (file.size > MAX_COURSE_DATA_BYTES) {
    refuse('This file is far larger than a course data file, so it was not read. Choose the file that Export saved.');
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    refuse('This file could not be read. Try choosing it again.');
    return;
  }
  try {
    const { reading } = await askPlanWorker({ kind: 'read', text });
    if (!reading.ok) refuse(reading.problem);
    else $courseDataImport.set({ step: 'confirm', name: file.name, data: reading.data, exported: reading.exported });
  } catch {
    refuse('This page could not check the file. Reload the page and try again.');
  }
}

/** Replaces this browser's course data with the file's, once the learner has seen what it holds. */
export function confirmCourseDataImport(): void {
  const now = $courseDataImport.get();
  if (now.step !== 'confirm') return;
  applyCourseData(now.data);
  $courseDataImport.set({ step: 'done', name: now.name });
}

/** Leaves the chosen file unimported. */
export function cancelCourseDataImport(): void {
  $courseDataImport.set({ step: 'idle' });
}
