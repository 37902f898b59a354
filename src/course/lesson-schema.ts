import { z } from 'astro/zod';
import { labIds } from './labs';
import { sourceIds } from './sources';

/**
 * The course fields of a lesson's frontmatter, under the `lesson:` key (Starlight's own fields,
 * such as `title` and `description`, sit beside it). Every lesson in `content/lessons/` must have
 * this block; the build fails with the field's name when one is missing or wrong.
 */
export const lessonFields = z
  .object({
    /** Position in the course, 1 for the first lesson; also orders the sidebar. Unique per lesson. */
    order: z.number().int().min(1).max(99),
    /** Expected time to read the lesson and work its exercises, in whole minutes. */
    duration: z.number().int().min(1).max(120),
    /** What the learner will be able to do afterwards: 2 to 5 short sentences, each a verb phrase. */
    objectives: z.array(z.string().min(10).max(200)).min(2).max(5),
    /** Ids of the source articles this lesson draws on (see `src/course/sources.ts`). */
    sources: z.array(z.enum(sourceIds)).min(1),
    /** The lab this lesson embeds, if any (see `src/course/labs.ts`). */
    lab: z.enum(labIds).optional(),
  })
  .strict();

export type LessonFields = z.infer<typeof lessonFields>;

/** Lesson files are named `NN-slug.mdx`; the page lives at `/lessons/<slug>/`. */
const lessonFile = /^lessons\/(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.mdx?$/;

/**
 * The collection id (and so the URL path) of a lesson file, given its path relative to `content/`.
 * Drops the `NN-` ordering prefix: `lessons/01-two-meanings.mdx` → `lessons/two-meanings`.
 * Throws an `Error` that names the file when its name does not follow the pattern, when its
 * frontmatter lacks the `lesson:` block, or when the `NN` prefix and `lesson.order` disagree.
 */
export function lessonIdFromPath(entry: string, data: Record<string, unknown>): string {
  const match = lessonFile.exec(entry);
  if (!match) {
    throw new Error(
      `content/${entry}: lesson files must be named NN-slug.mdx (two digits, a dash, lowercase words joined by dashes).`,
    );
  }
  const lesson = data['lesson'];
  if (typeof lesson !== 'object' || lesson === null) {
    throw new Error(
      `content/${entry}: the frontmatter needs a "lesson:" block with order, duration, objectives and sources.`,
    );
  }
  const order: unknown = (lesson as Record<string, unknown>)['order'];
  if (order !== Number(match[1])) {
    throw new Error(
      `content/${entry}: lesson.order is ${JSON.stringify(order)} but the file name starts with ${match[1]}; make them agree.`,
    );
  }
  return `lessons/${match[2]}`;
}
