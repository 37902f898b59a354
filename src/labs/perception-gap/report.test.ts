import { expect, test } from 'vitest';
import { PERCEPTION_GAP_START } from '../../scenario/labs/perception-gap';
import { perceptionGapReport } from './report';

test('lesson 8’s room is reported: 13 of 20 against 8 of 20, a gap of 25 points', () => {
  expect(perceptionGapReport(PERCEPTION_GAP_START)).toMatchObject({ ok: true, shareA: 0.65, shareB: 0.4 });
});

test('counts with more people agreeing than were asked are refused in words, not thrown', () => {
  expect(perceptionGapReport({ ...PERCEPTION_GAP_START, agreeA: 21 })).toEqual({
    ok: false,
    message: 'These counts cannot be read: more people agreed than were asked.',
  });
});
