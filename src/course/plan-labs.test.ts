import { expect, test } from 'vitest';
import { labCatalogue } from '../labs/catalogue';
import { lessonFiles } from '../workshop/test-support';
import { AUDIT_LESSON, PLAN_LABS } from './plan-labs';

test('the plan draws on every lab with scenario links, in course order, with its page and lesson', () => {
  expect(PLAN_LABS).toEqual(
    labCatalogue
      .filter((about) => about.scenario)
      .map(({ id, title, path, lesson }) => ({ lab: id, title, path, lesson })),
  );
  const numbers = PLAN_LABS.map((lab) => lab.lesson.number);
  expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
});

test('the self-audit’s lesson link has the lesson’s number and title', () => {
  // Each lab's lesson link is checked with the lab's other parts (src/labs/registry.test.ts).
  const lesson = lessonFiles().find((l) => AUDIT_LESSON.href === `/lessons/${l.slug}/`);
  expect(lesson).toBeDefined();
  expect(AUDIT_LESSON.number).toBe(lesson?.order);
  expect(AUDIT_LESSON.title).toBe(lesson?.title);
});
