import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { citationsIn, claimAnchor, findSource, requireClaim, sourceIds, sources } from './sources';

describe('the sources module', () => {
  test('holds the five articles the course is built from', () => {
    expect(sources.map((s) => s.title)).toEqual([
      'Customer Valued?',
      'Re-envisioning Customer Value',
      'Can Marketers ID a Budding Customer Relationship?',
      'Where value comes from (Part 2)',
      'Why Customer Service Doesn’t Equal Customer Centric',
    ]);
    expect(sourceIds).toHaveLength(5);
  });

  test('every claim has an anchor that is unique on the Sources page', () => {
    const anchors = sources.flatMap((s) => s.claims.map((c) => claimAnchor(s.id, c.id)));
    expect(new Set(anchors).size).toBe(anchors.length);
    for (const anchor of anchors) expect(anchor).toMatch(/^[a-z0-9-]+$/);
  });

  test('quotations stay short: one sentence of at most 25 words', () => {
    for (const claim of sources.flatMap((s) => s.claims)) {
      if (claim.quote === undefined) continue;
      expect(claim.quote.split(/\s+/).length).toBeLessThanOrEqual(25);
    }
  });

  test('a mistyped citation fails with the known ids', () => {
    expect(() => requireClaim('smith', 'value-equation')).toThrow(
      /Unknown source "smith"\. Known sources: customer-valued/,
    );
    expect(() => requireClaim('where-value-comes-from', 'equation')).toThrow(
      /Unknown claim "equation".*value-equation/,
    );
    expect(requireClaim('where-value-comes-from', 'lexus').source.author).toBe('Shaun Smith');
    expect(findSource('constructor')).toBeUndefined();
  });

  test('citations are read from a lesson body in order of first use', () => {
    const body = [
      'Text <Cite source="a" claim="x" /> more.',
      '<Cite claim="y" source="b"/> and again <Cite source="a" claim="x" />',
      '<Cite source="c" /> has no claim and is skipped',
    ].join('\n');
    expect(citationsIn(body)).toEqual([
      { sourceId: 'a', claimId: 'x' },
      { sourceId: 'b', claimId: 'y' },
    ]);
  });
});

describe('the published lessons', () => {
  const dir = new URL('../../content/lessons/', import.meta.url);
  const files = readdirSync(dir).filter((f) => /\.mdx?$/.test(f));

  test.each(files)('%s cites only claims that exist, and cites at least one', (file) => {
    const citations = citationsIn(readFileSync(new URL(file, dir), 'utf8'));
    expect(citations.length).toBeGreaterThan(0);
    for (const { sourceId, claimId } of citations) expect(() => requireClaim(sourceId, claimId)).not.toThrow();
  });
});
