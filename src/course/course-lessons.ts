import type { LessonFields } from './lesson-schema';

/** A lesson as the course shell needs it: where it lives, what it is called, how long it takes. */
export interface CourseLesson extends LessonFields {
  /** Last segment of the lesson's URL. */
  slug: string;
  /** Root-relative URL of the lesson page, with its trailing slash. */
  href: string;
  title: string;
  description: string | undefined;
}

/** What a content entry must carry to become a course lesson. */
export interface LessonEntryLike {
  id: string;
  data: { title: string; description?: string | undefined; lesson?: LessonFields | undefined };
}

/**
 * The course's lessons in order. Entries without a `lesson` block are not lessons and are left
 * out. Throws an `Error` naming both lessons when two share an `order`.
 */
export function toCourseLessons(entries: readonly LessonEntryLike[]): CourseLesson[] {
  const lessons: CourseLesson[] = [];
  for (const entry of entries) {
    const fields = entry.data.lesson;
    if (!fields) continue;
    const slug = entry.id.replace(/^lessons\//, '');
    lessons.push({
      ...fields,
      slug,
      href: `/lessons/${slug}/`,
      title: entry.data.title,
      description: entry.data.description,
    });
  }
  lessons.sort((a, b) => a.order - b.order);
  for (let i = 1; i < lessons.length; i++) {
    const previous = lessons[i - 1];
    const current = lessons[i];
    if (previous?.order === current?.order && previous && current) {
      throw new Error(
        `Lessons "${previous.slug}" and "${current.slug}" both have lesson.order ${current.order}; each lesson needs its own.`,
      );
    }
  }
  return lessons;
}

/** Total duration of the course in minutes. */
export function totalMinutes(lessons: readonly Pick<CourseLesson, 'duration'>[]): number {
  return lessons.reduce((sum, lesson) => sum + lesson.duration, 0);
}
