import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { lessonFields, lessonIdFromPath } from './lesson-schema';

const valid = {
  order: 1,
  duration: 12,
  objectives: ['Tell apart the value of a customer from the value for a customer.', 'Explain why it matters.'],
  sources: ['where-value-comes-from'],
};

describe('lesson frontmatter', () => {
  test('a complete lesson block is accepted', () => {
    expect(lessonFields.parse(valid)).toEqual(valid);
    expect(lessonFields.parse({ ...valid, lab: 'value-equation' }).lab).toBe('value-equation');
  });

  test.each([
    ['order', { ...valid, order: undefined }],
    ['order', { ...valid, order: 0 }],
    ['order', { ...valid, order: 1.5 }],
    ['duration', { ...valid, duration: '12 minutes' }],
    ['duration', { ...valid, duration: 0 }],
    ['objectives', { ...valid, objectives: ['Only one objective is too few.'] }],
    ['objectives', { ...valid, objectives: undefined }],
    ['sources', { ...valid, sources: [] }],
    ['sources', { ...valid, sources: ['wikipedia'] }],
    ['lab', { ...valid, lab: 'quiz' }],
    ['durations', { ...valid, durations: 12 }],
  ])('a lesson block with a bad or missing %s is rejected, naming the field', (field, data) => {
    const result = lessonFields.safeParse(data);
    expect(result.success).toBe(false);
    const named = result.error?.issues.flatMap((issue) => [
      ...issue.path.map(String),
      ...('keys' in issue ? issue.keys : []),
    ]);
    expect(named).toContain(field);
  });
});

describe('lesson file names', () => {
  test.each([
    ['lessons/01-two-meanings-of-customer-value.mdx', 1, 'lessons/two-meanings-of-customer-value'],
    ['lessons/12-say-do-gap.md', 12, 'lessons/say-do-gap'],
  ])('%s becomes the page %s', (entry, order, id) => {
    expect(lessonIdFromPath(entry, { lesson: { order } })).toBe(id);
  });

  test.each([
    ['lessons/two-meanings.mdx', { lesson: { order: 1 } }, /must be named NN-slug\.mdx/],
    ['lessons/1-two-meanings.mdx', { lesson: { order: 1 } }, /must be named NN-slug\.mdx/],
    ['lessons/01-Two_Meanings.mdx', { lesson: { order: 1 } }, /must be named NN-slug\.mdx/],
    ['lessons/01-two-meanings.mdx', {}, /needs a "lesson:" block/],
    ['lessons/02-two-meanings.mdx', { lesson: { order: 3 } }, /lesson\.order is 3 but the file name starts with 02/],
  ])('%s with %j fails the build with a clear message', (entry, data, message) => {
    expect(() => lessonIdFromPath(entry, data)).toThrow(message);
  });
});

describe('stable lesson URLs', () => {
  // Every lesson URL ever published. Shared links and learners' saved progress use these slugs, so
  // this list may only grow: renaming a lesson file must not make one disappear.
  const published = [
    'two-meanings-of-customer-value',
    'the-value-equation',
    'take-credit-for-the-relationship',
    'customers-as-assets',
    'customer-service-is-not-customer-centricity',
    'closing-the-say-do-gap',
  ];

  test('every published lesson URL still has its lesson', () => {
    const dir = new URL('../../content/lessons/', import.meta.url);
    const slugs = readdirSync(dir)
      .filter((file) => /^\d{2}-.*\.mdx?$/.test(file))
      .map((file) => lessonIdFromPath(`lessons/${file}`, { lesson: { order: Number(file.slice(0, 2)) } }))
      .map((id) => id.replace(/^lessons\//, ''));
    expect(slugs).toEqual(expect.arrayContaining(published));
  });
});
