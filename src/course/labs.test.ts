import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { labIds, publishedLabs } from './labs';

const dir = new URL('../../content/lessons/', import.meta.url);
const lessons = readdirSync(dir)
  .filter((file) => /\.mdx?$/.test(file))
  .map((file) => ({ file, text: readFileSync(new URL(file, dir), 'utf8') }));

describe('labs in lessons', () => {
  test.each(lessons)('$file embeds the lab its frontmatter names, and only a published one', ({ text }) => {
    const frontmatter = /^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '';
    const named = /^\s+lab:\s*(\S+)/m.exec(frontmatter)?.[1];
    const embedded = publishedLabs.filter((lab) => new RegExp(`<${lab.island}\\b[^>]*client:`).test(text));
    if (named === undefined) {
      expect(embedded).toEqual([]);
      return;
    }
    const lab = publishedLabs.find((l) => l.id === named);
    expect(lab, `lab "${named}" is published`).toBeDefined();
    expect(embedded.map((l) => l.id)).toEqual([named]);
  });

  test('every published lab is one of the reserved lab URLs', () => {
    for (const lab of publishedLabs) expect(labIds).toContain(lab.id);
  });
});
