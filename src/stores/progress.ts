/**
 * Course progress, kept on this device only (localStorage), in sync across open tabs. The stored
 * format, its reader and the summary are `src/course/progress.ts`; this is the store and its actions.
 */
import { persistentAtom } from '@nanostores/persistent';
import {
  PROGRESS_KEY,
  emptyProgress,
  isLessonSlug,
  parseProgress,
  serializeProgress,
  type LessonProgress,
  type Progress,
} from '../course/progress';

export * from '../course/progress';

/** The learner's progress on this device. Other tabs' changes arrive through `storage` events. */
export const $progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), {
  encode: serializeProgress,
  decode: parseProgress,
});

function withLesson(progress: Progress, slug: string, entry: LessonProgress): Progress {
  const lessons = Object.assign(Object.create(null) as Record<string, LessonProgress>, progress.lessons);
  lessons[slug] = entry;
  return { ...progress, lessons };
}

function requireSlug(slug: string): void {
  if (!isLessonSlug(slug)) throw new RangeError(`Not a lesson slug: ${JSON.stringify(slug)}`);
}

/** Records that the learner opened a lesson: first visit time, and it becomes the Resume target. */
export function visitLesson(slug: string, now: Date = new Date()): void {
  requireSlug(slug);
  const progress = $progress.get();
  const existing = progress.lessons[slug];
  const next = withLesson(progress, slug, existing ?? { visited: now.toISOString() });
  $progress.set({ ...next, last: slug });
}

/** Marks a lesson complete (keeping the first completion time if it already was). */
export function completeLesson(slug: string, now: Date = new Date()): void {
  requireSlug(slug);
  const progress = $progress.get();
  const existing = progress.lessons[slug];
  if (existing?.completed) return;
  const stamp = now.toISOString();
  $progress.set(withLesson(progress, slug, { visited: existing?.visited ?? stamp, completed: stamp }));
}

/** Takes a lesson's completion mark back; the visit stays recorded. */
export function uncompleteLesson(slug: string): void {
  requireSlug(slug);
  const progress = $progress.get();
  const existing = progress.lessons[slug];
  if (!existing?.completed) return;
  $progress.set(withLesson(progress, slug, { visited: existing.visited }));
}

/** Forgets all progress on this device. */
export function resetProgress(): void {
  $progress.set(emptyProgress());
}
