/**
 * The course's real lessons, read from `content/lessons/` for the unit tests (the pages get them
 * from the content collection; tests run without Astro). Test code only.
 */
import { readFileSync, readdirSync } from 'node:fs';
import type { LessonSummary } from './agenda';

const dir = new URL('../../content/lessons/', import.meta.url);

export interface LessonFile extends LessonSummary {
  text: string;
}

/** Every lesson file with its slug, title, order and duration from the frontmatter. */
export function lessonFiles(): LessonFile[] {
  return readdirSync(dir)
    .filter((file) => /^\d{2}-.+\.mdx?$/.test(file))
    .map((file) => {
      const text = readFileSync(new URL(file, dir), 'utf8');
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
      const field = (pattern: RegExp): string => pattern.exec(frontmatter)?.[1] ?? '';
      return {
        slug: file.replace(/^\d{2}-/, '').replace(/\.mdx?$/, ''),
        title: field(/^title:\s*(.+)$/m).replace(/^'(.*)'$/, '$1'),
        order: Number(field(/^\s+order:\s*(\d+)/m)),
        duration: Number(field(/^\s+duration:\s*(\d+)/m)),
        text,
      };
    });
}

/** The anchors Starlight gives a lesson's headings (GitHub's slugger, as Astro uses it). */
export function headingAnchors(text: string): string[] {
  return [...text.matchAll(/^#{2,4}\s+(.+)$/gm)].map((m) =>
    (m[1] ?? '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-'),
  );
}
