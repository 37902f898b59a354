/**
 * Everything the course keeps in this browser, as one file a learner can take to another device
 * (lesson 9): progress, each lab's saved scenario, the self-audit, the threat walk-through and the
 * plan. This is the file's format, name and preview; `src/stores/course-data.ts` collects and
 * applies it. Nothing here talks to a network; the file moves however the learner moves files.
 *
 * File format (JSON), version 1:
 *
 *   {
 *     "format": "valued-course-data",
 *     "version": 1,
 *     "exported": "<ISO 8601 time>",
 *     "progress": { …as stored under valued:progress… },
 *     "scenarios": { "<lab id>": "v=1&…" },
 *     "audit": { …valued:audit… }, "threats": { …valued:threats… }, "plan": { …valued:plan… }
 *   }
 *
 * Every section is optional on import: a section in the file replaces this browser's copy, one
 * missing from it leaves this browser's copy alone. Import is all or nothing: the whole file is
 * checked first (`readCourseData` in `course-data-reader.ts`, which needs every lab's link format
 * and so runs in lesson 9's worker), and the first problem found refuses it with a message and
 * changes nothing.
 */
import type { ScenarioLabId } from '../scenario/index';
import {
  auditRecordFormat,
  planRecordFormat,
  threatsRecordFormat,
  type AuditRecord,
  type PlanRecord,
  type ThreatsRecord,
} from './learner-records';
import { formatCount } from './format';
import { PLAN_LABS } from './plan-labs';
import type { Progress } from './progress';

export const COURSE_DATA_FORMAT = 'valued-course-data';
export const COURSE_DATA_VERSION = 1;
/** A course data file is a few kilobytes; anything far larger is not one. */
export const MAX_COURSE_DATA_BYTES = 256 * 1024;

export interface CourseData {
  progress?: Progress;
  scenarios?: Partial<Record<ScenarioLabId, string>>;
  audit?: AuditRecord;
  threats?: ThreatsRecord;
  plan?: PlanRecord;
}

export interface CourseDataFile extends CourseData {
  format: typeof COURSE_DATA_FORMAT;
  version: typeof COURSE_DATA_VERSION;
  exported: string;
}

export type CourseDataReading =
  { ok: true; data: CourseData; exported: string | undefined } | { ok: false; problem: string };

/**
 * The labs whose saved scenarios travel in the file: every lab with scenario links, taken from the
 * plain list of labs so that collecting and applying the data does not load every lab's format.
 */
export const SAVED_SCENARIO_LABS: readonly ScenarioLabId[] = PLAN_LABS.map((lab) => lab.lab);

/** The formats of the learner's records, by their section in the file. */
export const RECORD_FORMATS = {
  audit: auditRecordFormat,
  threats: threatsRecordFormat,
  plan: planRecordFormat,
} as const;
export type RecordSection = keyof typeof RECORD_FORMATS;

/** The export file's text. */
export function serializeCourseData(file: CourseDataFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The export file's name: `valued-course-data-2026-11-23.json` (the learner's local date). */
export function courseDataFileName(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `valued-course-data-${String(now.getFullYear())}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

/** What a file holds, in a line per section, for the learner to confirm before importing. */
export function describeCourseData(data: CourseData): { section: string; holds: string }[] {
  const lines: { section: string; holds: string }[] = [];
  if (data.progress) {
    const entries = Object.values(data.progress.lessons);
    const done = entries.filter((e) => e.completed !== undefined).length;
    lines.push({
      section: 'Course progress',
      holds: `${formatCount(entries.length, 'lesson', 'lessons')} opened, ${String(done)} complete`,
    });
  }
  if (data.scenarios) {
    const n = Object.keys(data.scenarios).length;
    lines.push({ section: 'Lab scenarios', holds: n === 0 ? 'none saved' : formatCount(n, 'scenario', 'scenarios') });
  }
  if (data.audit) {
    const n = Object.keys(data.audit.answers).length;
    lines.push({ section: 'Self-audit', holds: n === 0 ? 'no answers' : formatCount(n, 'answer', 'answers') });
  }
  if (data.threats) {
    const n = Object.keys(data.threats.exposure).length;
    lines.push({
      section: 'The six threats',
      holds: n === 0 ? 'not rated' : `${formatCount(n, 'threat', 'threats')} rated`,
    });
  }
  if (data.plan) {
    const filled = (['measure', 'hassle', 'invest'] as const).filter((f) => data.plan?.[f].trim()).length;
    lines.push({ section: 'Plan', holds: `${String(filled)} of 3 commitments written` });
  }
  return lines;
}
