import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { z } from 'astro/zod';
import { lessonFields, lessonIdFromPath } from './course/lesson-schema';

/**
 * Lessons live in `content/lessons/` at the repository root (DESIGN.md). Starlight renders the
 * `docs` collection, so the lessons are that collection, loaded from there.
 *
 * `lesson` is optional in the schema only because Starlight also validates the frontmatter of
 * custom pages (home, sources) against this schema; `lessonIdFromPath` makes it required for
 * every lesson file. The transform feeds `lesson.order` and `lesson.duration` to Starlight's
 * sidebar so each is written once.
 */
export const collections = {
  docs: defineCollection({
    loader: glob({
      base: './content',
      pattern: 'lessons/**/[^_]*.{md,mdx}',
      generateId: ({ entry, data }) => lessonIdFromPath(entry, data),
    }),
    schema: (context) =>
      docsSchema({ extend: z.object({ lesson: lessonFields.optional() }) })(context).transform((data) =>
        data.lesson
          ? {
              ...data,
              sidebar: {
                ...data.sidebar,
                order: data.lesson.order,
                badge: data.sidebar.badge ?? { text: `${data.lesson.duration} min`, variant: 'default' as const },
              },
            }
          : data,
      ),
  }),
};
