import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseProgress, serializeProgress } from './progress';

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
