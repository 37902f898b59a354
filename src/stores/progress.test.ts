import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';

// The store reads its storage engine when it is created, so the test engine goes in first.
useTestStorageEngine();
const progress = await import('./progress');
const {
  $progress,
  PROGRESS_KEY,
  completeLesson,
  resetProgress,
  serializeProgress,
  summarizeProgress,
  uncompleteLesson,
  visitLesson,
} = progress;

const COURSE = ['two-meanings-of-customer-value', 'feeling-valued', 'value-equation'] as const;
const T1 = new Date('2026-11-02T09:00:00.000Z');
const T2 = new Date('2026-11-03T10:30:00.000Z');

let unbind: () => void;
beforeAll(() => {
  // A page that shows progress keeps the store mounted, which is what makes it listen to other tabs.
  unbind = $progress.listen(() => undefined);
});
beforeEach(() => {
  cleanTestStorage();
  resetProgress();
});
afterEach(() => {
  cleanTestStorage();
});

function stored(): unknown {
  const raw = getTestStorage()[PROGRESS_KEY];
  return raw === undefined ? undefined : JSON.parse(raw);
}

describe('progress actions', () => {
  test('visiting a lesson records the first visit and makes it the Resume target', () => {
    visitLesson('feeling-valued', T1);
    visitLesson('two-meanings-of-customer-value', T1);
    visitLesson('feeling-valued', T2);
    expect(stored()).toEqual({
      v: 1,
      lessons: {
        'feeling-valued': { visited: T1.toISOString() },
        'two-meanings-of-customer-value': { visited: T1.toISOString() },
      },
      last: 'feeling-valued',
    });
    expect(summarizeProgress($progress.get(), COURSE).resumeSlug).toBe('feeling-valued');
  });

  test('completing a lesson is saved and counted; completing it again keeps the first time', () => {
    visitLesson('two-meanings-of-customer-value', T1);
    completeLesson('two-meanings-of-customer-value', T1);
    completeLesson('two-meanings-of-customer-value', T2);
    expect(stored()).toMatchObject({
      lessons: { 'two-meanings-of-customer-value': { visited: T1.toISOString(), completed: T1.toISOString() } },
    });
    const summary = summarizeProgress($progress.get(), COURSE);
    expect(summary).toMatchObject({ completed: 1, total: 3, completedSlugs: ['two-meanings-of-customer-value'] });
    expect(summary.nextIncompleteSlug).toBe('feeling-valued');
  });

  test('a lesson can be marked not complete again, and its visit stays', () => {
    completeLesson('feeling-valued', T1);
    uncompleteLesson('feeling-valued');
    expect($progress.get().lessons['feeling-valued']).toEqual({ visited: T1.toISOString() });
    expect(summarizeProgress($progress.get(), COURSE).completed).toBe(0);
  });

  test('reset clears every lesson and the Resume target', () => {
    visitLesson('feeling-valued', T1);
    completeLesson('feeling-valued', T1);
    resetProgress();
    expect(stored()).toEqual({ v: 1, lessons: {} });
    expect(summarizeProgress($progress.get(), COURSE)).toMatchObject({ completed: 0, resumeSlug: undefined });
  });

  test('actions refuse a string that cannot be a lesson slug', () => {
    expect(() => {
      completeLesson('__proto__');
    }).toThrow(RangeError);
    expect(() => {
      visitLesson('../etc');
    }).toThrow(RangeError);
    expect(stored()).toEqual({ v: 1, lessons: {} });
  });

  test('a change made in another tab reaches this tab', () => {
    const otherTab = serializeProgress({
      v: 1,
      lessons: { 'feeling-valued': { visited: T1.toISOString(), completed: T2.toISOString() } },
      last: 'feeling-valued',
    });
    setTestStorageKey(PROGRESS_KEY, otherTab);
    expect(summarizeProgress($progress.get(), COURSE)).toMatchObject({
      completed: 1,
      completedSlugs: ['feeling-valued'],
      resumeSlug: 'feeling-valued',
    });
    // ...and a reset in the other tab (the key removed) empties this tab's progress too.
    setTestStorageKey(PROGRESS_KEY, undefined);
    expect(summarizeProgress($progress.get(), COURSE).completed).toBe(0);
  });

  test('completions stored for lessons no longer in the course are kept but not counted', () => {
    completeLesson('retired-lesson', T1);
    completeLesson('value-equation', T1);
    const summary = summarizeProgress($progress.get(), COURSE);
    expect(summary).toMatchObject({ completed: 1, total: 3 });
    expect($progress.get().lessons['retired-lesson']?.completed).toBe(T1.toISOString());
  });
});

describe('reading stored progress', () => {
  test('a damaged value in storage does not break the store: it starts from what could be read', () => {
    setTestStorageKey(
      PROGRESS_KEY,
      '{"v":1,"lessons":{"value-equation":{"completed":"2026-10-02T08:00:00.000Z"}},"last":',
    );
    expect(summarizeProgress($progress.get(), COURSE).completed).toBe(0);
    completeLesson('feeling-valued', T1);
    expect(stored()).toMatchObject({ v: 1, lessons: { 'feeling-valued': { completed: T1.toISOString() } } });
  });
});

afterAll(() => {
  unbind();
});
