import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  AUDIT_AREAS,
  AUDIT_STATEMENTS,
  answerPoints,
  describeProfile,
  scoreAudit,
  type AuditAnswer,
  type AuditAnswers,
  type AuditAreaId,
} from './self-audit';

/** Answers every statement of the named areas with one answer. */
function answerAreas(by: Partial<Record<AuditAreaId, AuditAnswer>>): Record<string, AuditAnswer> {
  const answers: Record<string, AuditAnswer> = {};
  for (const area of AUDIT_AREAS) {
    const answer = by[area.id];
    if (answer !== undefined) for (const s of area.statements) answers[s.id] = answer;
  }
  return answers;
}

function area(profile: ReturnType<typeof scoreAudit>, id: AuditAreaId) {
  const found = profile.areas.find((a) => a.area.id === id);
  if (!found) throw new Error(id);
  return found;
}

describe('the audit itself', () => {
  test('has four areas of three statements, with unique ids', () => {
    expect(AUDIT_AREAS.map((a) => a.statements.length)).toEqual([3, 3, 3, 3]);
    expect(new Set(AUDIT_STATEMENTS.map((s) => s.id)).size).toBe(12);
  });
});

describe('scoreAudit', () => {
  test.each([
    [1, 0],
    [2, 25],
    [3, 50],
    [4, 75],
    [5, 100],
  ] as const)('agreement %i is worth %i points', (answer, points) => {
    expect(answerPoints(answer)).toBe(points);
  });

  test('an area scores the mean of its rated statements, and falls in its band', () => {
    const profile = scoreAudit({ m1: 5, m2: 4, m3: 3, a1: 2, a2: 2, a3: 3, r1: 4, r2: 4, r3: 4, d1: 5, d2: 5, d3: 4 });
    expect(area(profile, 'measures')).toMatchObject({ score: 75, band: 'strength', rated: 3 });
    expect(area(profile, 'appreciation').score).toBeCloseTo(100 / 3, 10);
    expect(area(profile, 'appreciation').band).toBe('weak');
    expect(area(profile, 'relationship')).toMatchObject({ score: 75, band: 'strength' });
    expect(area(profile, 'defence').score).toBeCloseTo(91.667, 3);
    expect(profile.weakest.map((a) => a.id)).toEqual(['appreciation']);
    expect(profile).toMatchObject({ answered: 12, rated: 12, unknown: 0, total: 12 });
  });

  test('band edges: 50 is mixed, just under 50 is weak, 75 is a strength', () => {
    expect(area(scoreAudit(answerAreas({ measures: 3 })), 'measures').band).toBe('mixed');
    expect(area(scoreAudit({ m1: 3, m2: 3, m3: 2 }), 'measures').band).toBe('weak');
    expect(area(scoreAudit(answerAreas({ measures: 4 })), 'measures').band).toBe('strength');
  });

  test('ties for the weakest area are all named, in audit order', () => {
    const profile = scoreAudit(answerAreas({ measures: 2, appreciation: 4, relationship: 2, defence: 3 }));
    expect(profile.weakest.map((a) => a.id)).toEqual(['measures', 'relationship']);
  });

  test('when every rated area scores the same, none is named the weakest', () => {
    const profile = scoreAudit(answerAreas({ measures: 3, appreciation: 3, relationship: 3, defence: 3 }));
    expect(profile).toMatchObject({ weakest: [], allTied: true });
    // One area alone is not a tie: it is the weakest if it is below a strength.
    expect(scoreAudit(answerAreas({ measures: 3 })).weakest.map((a) => a.id)).toEqual(['measures']);
    expect(scoreAudit(answerAreas({ measures: 3 })).allTied).toBe(false);
  });

  test('no weakest area when every rated area is a strength', () => {
    expect(scoreAudit(answerAreas({ measures: 4, appreciation: 5 })).weakest).toEqual([]);
  });

  test('don’t know is counted but not scored; an area of only don’t knows is named as unknown', () => {
    const profile = scoreAudit({ ...answerAreas({ appreciation: 'unknown' }), m1: 'unknown', m2: 2 });
    expect(area(profile, 'measures')).toMatchObject({ score: 25, rated: 1, unknown: 1, band: 'weak' });
    expect(area(profile, 'appreciation')).toMatchObject({ score: null, band: 'unrated', unknown: 3 });
    expect(profile.unknownAreas.map((a) => a.id)).toEqual(['appreciation']);
    expect(profile.weakest.map((a) => a.id)).toEqual(['measures']);
    expect(profile).toMatchObject({ answered: 5, rated: 1, unknown: 4 });
  });

  test('nothing answered gives an empty profile, not zeros', () => {
    const profile = scoreAudit({});
    expect(profile.areas.every((a) => a.score === null && a.band === 'unrated')).toBe(true);
    expect(profile.weakest).toEqual([]);
    expect(profile.answered).toBe(0);
  });

  test('damaged answers (unknown ids, off-scale values, inherited keys) count as unanswered', () => {
    const damaged = JSON.parse('{"m1": 7, "m2": 2.5, "zz": 5, "__proto__": 5, "m3": "5", "a1": 1}') as AuditAnswers;
    const profile = scoreAudit(damaged);
    expect(profile.rated).toBe(1);
    expect(area(profile, 'measures').score).toBeNull();
    expect(scoreAudit(Object.create({ m1: 5 }) as AuditAnswers).rated).toBe(0);
  });

  test('every score lies on 0–100 and the weakest area has the lowest score', () => {
    const answer = fc.constantFrom<AuditAnswer | undefined>(1, 2, 3, 4, 5, 'unknown', undefined);
    fc.assert(
      fc.property(fc.array(answer, { minLength: 12, maxLength: 12 }), (list) => {
        const answers: Record<string, AuditAnswer> = {};
        list.forEach((a, i) => {
          const s = AUDIT_STATEMENTS[i];
          if (a !== undefined && s) answers[s.id] = a;
        });
        const profile = scoreAudit(answers);
        const scores = profile.areas.flatMap((a) => (a.score === null ? [] : [a.score]));
        expect(scores.every((s) => s >= 0 && s <= 100)).toBe(true);
        for (const weak of profile.weakest) {
          expect(area(profile, weak.id).score).toBe(Math.min(...scores));
        }
        expect(profile.answered).toBe(list.filter((a) => a !== undefined).length);
      }),
    );
  });
});

describe('a profile in words', () => {
  test('one weak area is named, with what the scores rest on', () => {
    const words = describeProfile(
      scoreAudit({ m1: 5, m2: 4, m3: 3, a1: 2, a2: 2, a3: 3, r1: 4, r2: 4, r3: 4, d1: 5, d2: 5, d3: 4 }),
    );
    expect(words.basis).toBe(
      'Based on 12 rated statements of 12. A reflection tool, not a validated scale: the scores only order the areas for discussion.',
    );
    expect(words.weakest).toBe(`Weakest area: ${AUDIT_AREAS.find((a) => a.id === 'appreciation')?.title ?? ''}.`);
    expect(words.scores[0]).toBe('75 of 100 · Strength');
    expect(words.noWeakest).toBeUndefined();
    expect(words.unknown).toBeUndefined();
  });

  test('“don’t know” answers are counted, and an area answered only so says it', () => {
    const words = describeProfile(scoreAudit({ m1: 'unknown', m2: 'unknown', m3: 'unknown', a1: 5 }));
    expect(words.basis).toMatch(/^Based on 1 rated statement of 12 \(and 3 “don’t know”s\)\./);
    expect(words.scores[0]).toBe('All “don’t know”');
    expect(words.unknown).toMatch(/^You answered “don’t know” to 3 statements \(every statement in .+\)\. Not knowing/);
  });

  test('areas all level below a strength: none is called the weakest', () => {
    const words = describeProfile(scoreAudit(answerAreas({ measures: 2, appreciation: 2 })));
    expect(words.weakest).toBeUndefined();
    expect(words.noWeakest).toMatch(/^Every area you rated scores the same/);
  });
});
