/**
 * Course progress as this device keeps it: its stored format, the lenient reader, the strict check
 * of an imported copy, and the summary against the course's lessons. Pure; the store and its actions
 * are `src/stores/progress.ts`.
 *
 * Stored under the key `valued:progress` as JSON, format version 1:
 *
 *   {
 *     "v": 1,
 *     "lessons": {
 *       "<lesson slug>": { "visited": "<ISO 8601 time>", "completed": "<ISO 8601 time>" }
 *     },
 *     "last": "<lesson slug>"
 *   }
 *
 * - A lesson slug is the last segment of `/lessons/<slug>/` (lowercase words joined by dashes).
 * - `visited` is when the learner first opened the lesson; `completed` (optional) when they
 *   marked it complete; `last` is the lesson they saw most recently (what Resume opens).
 *
 * Old or damaged data never breaks a page: `parseProgress` reads whatever it can, field by
 * field, and drops the rest. Version 1 is the first format; a value without a version, or with a
 * version this code does not know, is read the same way, so a lesson entry that still makes sense
 * survives. Slugs of lessons that no longer exist are kept but not counted. The next format
 * version must add a migration here from version 1 and keep this reader's tests passing.
 */
import { isRecord } from './record-format';

export const PROGRESS_KEY = 'valued:progress';
export const PROGRESS_VERSION = 1;

export interface LessonProgress {
  /** When the learner first opened the lesson (ISO 8601). */
  visited: string;
  /** When the learner marked the lesson complete (ISO 8601); absent while it is not complete. */
  completed?: string;
}

export interface Progress {
  v: typeof PROGRESS_VERSION;
  /** Per lesson slug. A map with no prototype, so no slug can reach `Object.prototype`. */
  lessons: Record<string, LessonProgress>;
  /** The slug of the lesson seen most recently. */
  last?: string;
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 120;

/** Whether a string can be a lesson slug. Rejects `__proto__`, `constructor` and friends by shape. */
export function isLessonSlug(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_SLUG_LENGTH && slugPattern.test(value);
}

function isTimestamp(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 40 && !Number.isNaN(Date.parse(value));
}

/** An empty progress value. */
export function emptyProgress(): Progress {
  return { v: PROGRESS_VERSION, lessons: Object.create(null) as Record<string, LessonProgress> };
}

/**
 * Reads a stored progress value. Never throws: unreadable JSON gives empty progress; every lesson
 * entry with a valid slug and a valid `visited` time is kept (a `completed` time without a
 * `visited` one counts as both); `last` is kept when it is a valid slug.
 */
export function parseProgress(raw: string | undefined | null): Progress {
  const progress = emptyProgress();
  if (typeof raw !== 'string' || raw.length === 0) return progress;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return progress;
  }
  if (!isRecord(data)) return progress;
  const lessons = data['lessons'];
  if (isRecord(lessons)) {
    for (const [slug, entry] of Object.entries(lessons)) {
      if (!isLessonSlug(slug) || !isRecord(entry)) continue;
      const completed = isTimestamp(entry['completed']) ? entry['completed'] : undefined;
      const visited = isTimestamp(entry['visited']) ? entry['visited'] : completed;
      if (visited === undefined) continue;
      progress.lessons[slug] = completed === undefined ? { visited } : { visited, completed };
    }
  }
  if (isLessonSlug(data['last'])) progress.last = data['last'];
  return progress;
}

/** The stored form of a progress value (see the header comment). */
export function serializeProgress(progress: Progress): string {
  return JSON.stringify({ v: PROGRESS_VERSION, lessons: { ...progress.lessons }, last: progress.last });
}

export interface ProgressSummary {
  /** Lessons of the course that are complete. */
  completed: number;
  /** Lessons in the course. */
  total: number;
  /** Slugs of the course's lessons that are complete, in course order. */
  completedSlugs: string[];
  /** Where Resume goes: the lesson seen last, if it is still in the course. */
  resumeSlug: string | undefined;
  /** The first lesson, in course order, that is not complete; `undefined` when all are. */
  nextIncompleteSlug: string | undefined;
}

/** Progress measured against the course's lessons (`courseSlugs`, in course order). */
export function summarizeProgress(progress: Progress, courseSlugs: readonly string[]): ProgressSummary {
  const completedSlugs = courseSlugs.filter((slug) => progress.lessons[slug]?.completed !== undefined);
  return {
    completed: completedSlugs.length,
    total: courseSlugs.length,
    completedSlugs,
    resumeSlug: progress.last !== undefined && courseSlugs.includes(progress.last) ? progress.last : undefined,
    nextIncompleteSlug: courseSlugs.find((slug) => progress.lessons[slug]?.completed === undefined),
  };
}

/**
 * Why a progress value from an imported file cannot be used, in plain words; `undefined` when it
 * can. Strict, unlike `parseProgress`: a file is refused rather than half-read.
 */
export function progressProblem(value: unknown): string | undefined {
  if (!isRecord(value)) return 'The file’s course progress is not a set of named values.';
  if (value['v'] !== PROGRESS_VERSION) {
    return `The file’s course progress has no format version this page reads (expected ${String(PROGRESS_VERSION)}).`;
  }
  const lessons = value['lessons'];
  if (!isRecord(lessons)) return 'The file’s course progress has no lessons list.';
  for (const [slug, entry] of Object.entries(lessons)) {
    const name = `“${slug.slice(0, 60)}”`;
    if (!isLessonSlug(slug)) return `The file’s course progress names a lesson ${name} that cannot be a lesson.`;
    if (!isRecord(entry) || !isTimestamp(entry['visited'])) {
      return `The file’s course progress for the lesson ${name} has no valid time of the first visit.`;
    }
    if (entry['completed'] !== undefined && !isTimestamp(entry['completed'])) {
      return `The file’s course progress for the lesson ${name} has a completion time that is not a date.`;
    }
  }
  if (value['last'] !== undefined && !isLessonSlug(value['last'])) {
    return 'The file’s course progress names a last lesson seen that cannot be a lesson.';
  }
  return undefined;
}
