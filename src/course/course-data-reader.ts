/**
 * Reads a course data file (format in `course-data.ts`) and checks all of it before anything is
 * applied. It checks each saved scenario with its lab's link format, so it loads every lab's format;
 * lesson 9 runs it in a worker, off the labs' bundles.
 */
import { MAX_FRAGMENT_LENGTH, isScenarioFragment } from '../scenario/codec';
import { decode, scenarioLabs, type ScenarioLabId } from '../scenario/index';
import {
  COURSE_DATA_FORMAT,
  COURSE_DATA_VERSION,
  MAX_COURSE_DATA_BYTES,
  RECORD_FORMATS,
  type CourseData,
  type CourseDataReading,
  type RecordSection,
} from './course-data';
import { isRecord } from './record-format';
import { parseProgress, progressProblem } from './progress';

function scenariosProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'The file’s lab scenarios are not a set of named values.';
  for (const [lab, fragment] of Object.entries(value)) {
    if (!(scenarioLabs as readonly string[]).includes(lab)) {
      return `The file has a scenario for a lab this course does not have (“${lab.slice(0, 40)}”).`;
    }
    if (typeof fragment !== 'string' || fragment.length > MAX_FRAGMENT_LENGTH || !isScenarioFragment(fragment)) {
      return `The file’s scenario for the ${lab} lab is not a scenario link.`;
    }
    const { issues } = decode(lab as ScenarioLabId, fragment);
    const first = issues[0];
    // The codec's message says what a lab would do with the value ("…, so it was reset"); here nothing is.
    if (first) return `The file’s scenario for the ${lab} lab is damaged: ${first.message.split(/, so |; /)[0] ?? ''}.`;
  }
  return undefined;
}

/**
 * Reads an export file's text. Never throws: a file that is not JSON, not a course data file, of a
 * newer format, or with any section that fails its check is refused with the reason.
 */
export function readCourseData(text: string): CourseDataReading {
  const refuse = (problem: string): CourseDataReading => ({ ok: false, problem });
  if (text.length > MAX_COURSE_DATA_BYTES) {
    return refuse('This file is far larger than a course data file, so it was not read.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse(
      'This file is not complete JSON text: it may be damaged or cut short, or not a course data file. Choose the file that Export saved.',
    );
  }
  if (!isRecord(data) || data['format'] !== COURSE_DATA_FORMAT) {
    return refuse('This file is not a course data file from Valued. Choose the file that Export saved.');
  }
  const version = data['version'];
  if (version !== COURSE_DATA_VERSION) {
    return refuse(
      typeof version === 'number' && Number.isInteger(version) && version > COURSE_DATA_VERSION
        ? `This file was saved by a newer version of the course (format ${String(version)}); this page reads format ${String(COURSE_DATA_VERSION)}. Reload the page to update it, then import again.`
        : 'This course data file has no format version this page reads.',
    );
  }
  const result: CourseData = {};
  if (data['progress'] !== undefined) {
    const problem = progressProblem(data['progress']);
    if (problem) return refuse(problem);
    result.progress = parseProgress(JSON.stringify(data['progress']));
  }
  if (data['scenarios'] !== undefined) {
    const problem = scenariosProblem(data['scenarios']);
    if (problem) return refuse(problem);
    result.scenarios = { ...(data['scenarios'] as Record<ScenarioLabId, string>) };
  }
  for (const section of Object.keys(RECORD_FORMATS) as RecordSection[]) {
    const value = data[section];
    if (value === undefined) continue;
    const record = RECORD_FORMATS[section];
    const problem = record.problem(value);
    if (problem) return refuse(problem);
    // Re-read through the lenient reader: the stored value is exactly what this page would write.
    (result as Record<RecordSection, unknown>)[section] = record.parse(JSON.stringify(value));
  }
  if (Object.keys(result).length === 0) {
    return refuse('This file holds no course data: no progress, scenarios, audit, threats or plan.');
  }
  const exported =
    typeof data['exported'] === 'string' && !Number.isNaN(Date.parse(data['exported'])) ? data['exported'] : undefined;
  return { ok: true, data: result, exported };
}
