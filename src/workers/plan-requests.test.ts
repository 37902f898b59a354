import { describe, expect, test } from 'vitest';
import { defaults, encode, scenarioLabs, type ScenarioLabId } from '../scenario/index';
import { SAVED_SCENARIO_LABS } from '../course/course-data';
import { answerPlanRequest } from './plan-requests';

function headline(lab: ScenarioLabId, fragment: string): string | undefined {
  const answer = answerPlanRequest({ id: 7, kind: 'headlines', scenarios: [[lab, fragment]] });
  if (answer.kind !== 'headlines') throw new Error('wrong kind');
  expect(answer.id).toBe(7);
  return answer.headlines[lab]?.headline;
}

describe('the plan’s headlines, worked out from saved scenarios', () => {
  test('the lifetime ROI lab’s start is lesson 4’s hand-worked campaign: −20% on the first sale, +36% lifetime', () => {
    expect(headline('ltv-roi', encode('ltv-roi', defaults('ltv-roi')))).toBe(
      'Credited with its first sales, the campaign returns −20%; credited with the lifetime value of the 400 customers it brought, +36%.',
    );
  });

  test('lesson 6’s worked example: the best split lifts value by $136,000 (ROI +209%), $15,883 more than equal spend', () => {
    const example = 'v=1&cur=USD&budget=44000&tn=Top%20value,Low%20value&tc=1000,4000&tv=1000,100&tp=1170,134&th=36,5';
    expect(headline('allocation', example)).toBe(
      'The best split lifts the portfolio’s value by $136,000 (ROI +209.1%), $15,883 more than treating every customer the same.',
    );
  });

  test('lesson 2’s worked example: a relative value of 0.8 is the market giving 1.25 times as much', () => {
    const example = 'v=1&pq=9&sq=7&p=5&h=5&cpq=7&csq=5&cp=3&ch=3';
    expect(headline('value-equation', example)).toBe(
      'Customers get 1.25 times as much value from the market as from your offer.',
    );
  });

  test('lesson 8’s illustrative room: 13 of 20 against 8 of 20 has not shown a gap yet', () => {
    expect(headline('perception-gap', encode('perception-gap', defaults('perception-gap')))).toContain(
      'a gap of +25 points (95% interval −5.4 to +49.8 points)',
    );
  });

  test('a damaged saved scenario still gets a headline, from what the codec could read', () => {
    expect(headline('ltv-roi', 'v=1&spend=abc')).toContain('credited with the lifetime value');
  });

  test('each comes with its shortest link, which opens the same scenario', () => {
    const answer = answerPlanRequest({
      id: 1,
      kind: 'headlines',
      scenarios: [['ltv-roi', encode('ltv-roi', { ...defaults('ltv-roi'), spend: 35_000 })]],
    });
    expect(answer.kind === 'headlines' && answer.headlines['ltv-roi']?.fragment).toBe('v=1&spend=35000');
  });

  test('several scenarios are answered together, and a file is read strictly', () => {
    const answer = answerPlanRequest({
      id: 2,
      kind: 'headlines',
      scenarios: [
        ['ltv-roi', 'v=1'],
        ['perception-gap', 'v=1'],
      ],
    });
    expect(answer.kind === 'headlines' && Object.keys(answer.headlines)).toEqual(['ltv-roi', 'perception-gap']);
    const read = answerPlanRequest({ id: 3, kind: 'read', text: '{"format": "something else"}' });
    expect(read).toMatchObject({ id: 3, kind: 'read', reading: { ok: false } });
  });
});

test('the labs whose scenarios travel in a course data file are every lab with a link format', () => {
  expect([...SAVED_SCENARIO_LABS].sort()).toEqual([...scenarioLabs].sort());
});
