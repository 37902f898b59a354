import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { AUDIT_LESSON, PLAN_LABS } from './plan-labs';

/** Each lesson's number, title and page, from the lesson files themselves (`NN-slug.mdx`). */
const lessons = readdirSync(new URL('../../content/lessons/', import.meta.url))
  .filter((file) => /^\d\d-.+\.mdx$/.test(file))
  .map((file) => {
    const text = readFileSync(new URL(`../../content/lessons/${file}`, import.meta.url), 'utf8');
    return {
      number: Number(file.slice(0, 2)),
      href: `/lessons/${file.slice(3, -4)}/`,
      title: /^title:\s*['"]?(.+?)['"]?\s*$/m.exec(text)?.[1],
    };
  });

describe('the lessons the plan points to', () => {
  test.each([...PLAN_LABS.map((lab) => [lab.title, lab.lesson] as const), ['self-audit', AUDIT_LESSON] as const])(
    '%s: the number and title match the lesson files',
    (_, lesson) => {
      const file = lessons.find((l) => l.href === lesson.href);
      expect(file).toBeDefined();
      expect(lesson.number).toBe(file?.number);
      expect(lesson.title).toBe(file?.title);
    },
  );
});
