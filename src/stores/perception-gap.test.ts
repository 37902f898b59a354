import { beforeEach, describe, expect, test } from 'vitest';
import { PERCEPTION_GAP_START } from '../scenario/labs/perception-gap';
import { $perceptionGap, $perceptionGapResult, loadScenario, renameGroup, setCount } from './perception-gap';

beforeEach(() => {
  loadScenario(PERCEPTION_GAP_START);
});

describe('perception-gap calculator actions', () => {
  test('the starting room: 13 of 20 against 8 of 20, a 25-point gap that is not yet clear', () => {
    const result = $perceptionGapResult.get();
    expect(result?.gap).toBeCloseTo(0.25, 12);
    expect(result?.clear).toBe(false);
  });

  test('counts are set, and a room ten times larger shows the gap clearly', () => {
    for (const [key, value] of [
      ['sizeA', 200],
      ['agreeA', 130],
      ['sizeB', 200],
      ['agreeB', 80],
    ] as const) {
      expect(setCount(key, value)).toBeUndefined();
    }
    expect($perceptionGapResult.get()?.clear).toBe(true);
  });

  test.each([
    ['agreeA', 21, /More people cannot agree than were asked \(20\)/],
    ['sizeB', 7, /Fewer people cannot have been asked than agreed \(8\)/],
    ['sizeA', 0, /Enter a whole number from 1/],
    ['agreeB', 2.5, /Enter a whole number from 0/],
  ] as const)('%s = %d is refused with a reason, changing nothing', (key, value, message) => {
    expect(setCount(key, value)).toMatch(message);
    expect($perceptionGap.get()).toEqual(PERCEPTION_GAP_START);
  });

  test('group names are cleaned and capped', () => {
    renameGroup('B', `  \u202e${'x'.repeat(60)}`);
    expect($perceptionGap.get().nameB).toBe('x'.repeat(40));
  });
});
