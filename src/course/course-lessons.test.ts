import { describe, expect, test } from 'vitest';
import { toCourseLessons, totalMinutes, type LessonEntryLike } from './course-lessons';
import { formatMinutes } from './format';

function entry(slug: string, order: number, duration = 10): LessonEntryLike {
  return {
    id: `lessons/${slug}`,
    data: {
      title: `Title of ${slug}`,
      lesson: {
        order,
        duration,
        objectives: ['Objective one here.', 'Objective two here.'],
        sources: ['customer-valued'],
      },
    },
  };
}

describe('course lessons', () => {
  test('lessons come out in course order with their URLs, whatever order the collection gives', () => {
    const lessons = toCourseLessons([entry('third', 3), entry('first', 1), entry('second', 2)]);
    expect(lessons.map((l) => [l.order, l.slug, l.href])).toEqual([
      [1, 'first', '/lessons/first/'],
      [2, 'second', '/lessons/second/'],
      [3, 'third', '/lessons/third/'],
    ]);
  });

  test('entries without a lesson block are not lessons', () => {
    expect(toCourseLessons([{ id: 'about', data: { title: 'About' } }, entry('first', 1)])).toHaveLength(1);
  });

  test('two lessons with the same order fail with both names', () => {
    expect(() => toCourseLessons([entry('alpha', 2), entry('beta', 2)])).toThrow(
      /"alpha" and "beta" both have lesson\.order 2/,
    );
  });

  test('the course duration adds up the lessons', () => {
    expect(totalMinutes(toCourseLessons([entry('a', 1, 12), entry('b', 2, 15), entry('c', 3, 14)]))).toBe(41);
    expect(totalMinutes([])).toBe(0);
  });

  test.each([
    [12, '12 min'],
    [59, '59 min'],
    [60, '1 h'],
    [95, '1 h 35 min'],
    [120, '2 h'],
  ])('%i minutes read as "%s"', (minutes, text) => {
    expect(formatMinutes(minutes)).toBe(text);
  });
});
