import fc from 'fast-check';
import { cleanTestStorage, getTestStorage, setTestStorageKey, useTestStorageEngine } from '@nanostores/persistent';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';

// The store reads its storage engine when it is created, so the test engine goes in first.
useTestStorageEngine();
const progress = await import('./progress');
const {
  $progress,
  PROGRESS_KEY,
  completeLesson,
  parseProgress,
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
  const visited = '2026-10-01T08:00:00.000Z';
  const completed = '2026-10-02T08:00:00.000Z';

  test.each([
    ['nothing stored', undefined, {}, undefined],
    ['an empty string', '', {}, undefined],
    ['text that is not JSON', 'completed: yes', {}, undefined],
    ['JSON that is not an object', '[1,2,3]', {}, undefined],
    ['a JSON null', 'null', {}, undefined],
    [
      'version 1 as written',
      JSON.stringify({ v: 1, lessons: { a: { visited, completed } }, last: 'a' }),
      { a: { visited, completed } },
      'a',
    ],
    [
      'a value without a version (read field by field)',
      JSON.stringify({ lessons: { a: { visited } }, last: 'a' }),
      { a: { visited } },
      'a',
    ],
    [
      'a newer version with extra fields (known fields kept)',
      JSON.stringify({ v: 7, lessons: { a: { visited, completed, score: 3 } }, theme: 'x', last: 'a' }),
      { a: { visited, completed } },
      'a',
    ],
    [
      'a completion without a visit (the visit is the completion)',
      JSON.stringify({ v: 1, lessons: { a: { completed } } }),
      { a: { visited: completed, completed } },
      undefined,
    ],
    [
      'damaged entries beside good ones (only the good ones kept)',
      JSON.stringify({
        v: 1,
        lessons: {
          good: { visited },
          'bad-date': { visited: 'yesterday' },
          'not-an-object': true,
          'Has Spaces': { visited },
          list: [visited],
        },
        last: 42,
      }),
      { good: { visited } },
      undefined,
    ],
    [
      'prototype-polluting keys',
      '{"v":1,"lessons":{"__proto__":{"visited":"2026-10-01T08:00:00.000Z"},"constructor":{"visited":"2026-10-01T08:00:00.000Z"}},"last":"__proto__"}',
      { constructor: { visited } },
      undefined,
    ],
  ])('%s', (_name, raw, lessons, last) => {
    const result = parseProgress(raw);
    expect(result.v).toBe(1);
    expect({ ...result.lessons }).toEqual(lessons);
    expect(result.last).toBe(last);
    expect(Object.getPrototypeOf(result.lessons)).toBeNull();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('visited');
    expect(Object.keys(result.lessons)).not.toContain('__proto__');
  });

  test('a damaged value in storage does not break the store: it starts from what could be read', () => {
    setTestStorageKey(
      PROGRESS_KEY,
      '{"v":1,"lessons":{"value-equation":{"completed":"2026-10-02T08:00:00.000Z"}},"last":',
    );
    expect(summarizeProgress($progress.get(), COURSE).completed).toBe(0);
    completeLesson('feeling-valued', T1);
    expect(stored()).toMatchObject({ v: 1, lessons: { 'feeling-valued': { completed: T1.toISOString() } } });
  });

  test('reading never throws, whatever is stored', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify({ v: 1, lessons: v })),
        ),
        (raw) => {
          const result = parseProgress(raw);
          expect(result.v).toBe(1);
          for (const entry of Object.values(result.lessons)) {
            expect(Number.isNaN(Date.parse(entry.visited))).toBe(false);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });

  test('what is written reads back the same', () => {
    const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
    const time = fc
      .date({ min: new Date('2020-01-01'), max: new Date('2040-01-01'), noInvalidDate: true })
      .map((d) => d.toISOString());
    const entry = fc.oneof(
      time.map((visited) => ({ visited })),
      fc.tuple(time, time).map(([visited, completed]) => ({ visited, completed })),
    );
    fc.assert(
      fc.property(fc.dictionary(slug, entry), fc.option(slug, { nil: undefined }), (lessons, last) => {
        const value = { v: 1 as const, lessons, ...(last === undefined ? {} : { last }) };
        const read = parseProgress(serializeProgress(value));
        expect({ ...read.lessons }).toEqual(lessons);
        expect(read.last).toBe(last);
      }),
    );
  });
});

afterAll(() => {
  unbind();
});
