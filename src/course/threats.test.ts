import { describe, expect, test } from 'vitest';
import { THREATS, revealThreats } from './threats';

describe('the six threats', () => {
  test('are the article’s six, each with a prompt question', () => {
    expect(THREATS.map((t) => t.id)).toEqual(['price', 'features', 'users', 'use-cases', 'speed', 'variety']);
    expect(THREATS.every((t) => t.prompt.endsWith('?'))).toBe(true);
  });
});

describe('revealThreats', () => {
  test('a guess that is the one threat rated highest matched', () => {
    const reveal = revealThreats('price', { price: 3, speed: 2, variety: 1 });
    expect(reveal.verdict).toBe('matched');
    expect(reveal.mostExposed.map((t) => t.id)).toEqual(['price']);
    expect(reveal.unrated.map((t) => t.id)).toEqual(['features', 'users', 'use-cases']);
  });

  test('a guess tied for highest is shared, and every tied threat is named in list order', () => {
    const reveal = revealThreats('variety', { variety: 3, features: 3, price: 1 });
    expect(reveal.verdict).toBe('shared');
    expect(reveal.mostExposed.map((t) => t.id)).toEqual(['features', 'variety']);
  });

  test('a guess rated below another threat is different', () => {
    const reveal = revealThreats('price', { price: 2, speed: 3 });
    expect(reveal).toMatchObject({ verdict: 'different', top: 3 });
    expect(reveal.mostExposed.map((t) => t.id)).toEqual(['speed']);
  });

  test('a guessed threat not yet rated, no guess, and nothing rated are told apart', () => {
    expect(revealThreats('users', { price: 1 }).verdict).toBe('guess-unrated');
    expect(revealThreats(undefined, { price: 1 }).verdict).toBe('no-guess');
    const none = revealThreats('price', {});
    expect(none).toMatchObject({ verdict: 'nothing-rated', top: undefined });
    expect(none.unrated).toHaveLength(6);
  });

  test('when everything is rated hardly exposed, the highest is still named honestly', () => {
    const all = Object.fromEntries(THREATS.map((t) => [t.id, 1 as const]));
    const reveal = revealThreats('price', all);
    expect(reveal).toMatchObject({ verdict: 'shared', top: 1 });
    expect(reveal.mostExposed).toHaveLength(6);
  });
});
