/**
 * Scenario format of the perception-gap calculator in lesson 8 (`/lessons/closing-the-say-do-gap/`):
 * a room's poll of two groups on the same statement. Its links open the lesson with the numbers in.
 *
 * Version 1 (the first): `v=1&an=Leaders&aa=13&as=20&bn=Front%20line&ba=8&bs=20`
 * - `an`, `bn`: the groups' names (text, at most 40 characters)
 * - `aa`, `ba`: how many in each group agreed (whole numbers, 0 to 1,000,000, at most the group's size)
 * - `as`, `bs`: how many in each group were asked (whole numbers, 1 to 1,000,000)
 * The starting numbers are lesson 8's illustrative room, not survey data.
 */
import { defineScenario, type CrossFieldProblem } from '../codec';
import { numberField, textField } from '../fields';

export interface PerceptionGapState {
  nameA: string;
  agreeA: number;
  sizeA: number;
  nameB: string;
  agreeB: number;
  sizeB: number;
}

export const GROUP_NAME_MAX_LENGTH = 40;
export const COUNT_LIMITS = { min: 0, max: 1e6, decimals: 0 } as const;
export const SIZE_LIMITS = { min: 1, max: 1e6, decimals: 0 } as const;

export const PERCEPTION_GAP_START: PerceptionGapState = {
  nameA: 'Leaders',
  agreeA: 13,
  sizeA: 20,
  nameB: 'Front line',
  agreeB: 8,
  sizeB: 20,
};

/** No group can have more people agreeing than were asked: that group's counts go back to the start. */
function countChecks(state: PerceptionGapState): CrossFieldProblem[] {
  const problems: CrossFieldProblem[] = [];
  for (const [side, label] of [
    ['A', 'the first group'],
    ['B', 'the second group'],
  ] as const) {
    if (state[`agree${side}`] > state[`size${side}`]) {
      problems.push({
        fields: [`agree${side}`, `size${side}`],
        message: `In ${label}, more people agreed (${state[`agree${side}`]}) than were asked (${state[`size${side}`]})`,
      });
    }
  }
  return problems;
}

export const perceptionGapScenario = defineScenario<PerceptionGapState>({
  lab: 'perception-gap',
  version: 1,
  fields: [
    {
      path: 'nameA',
      field: textField({
        key: 'an',
        label: 'the first group’s name',
        default: 'Leaders',
        maxLength: GROUP_NAME_MAX_LENGTH,
      }),
    },
    {
      path: 'agreeA',
      field: numberField({ key: 'aa', label: 'how many of the first group agreed', default: 13, ...COUNT_LIMITS }),
    },
    {
      path: 'sizeA',
      field: numberField({ key: 'as', label: 'how many of the first group were asked', default: 20, ...SIZE_LIMITS }),
    },
    {
      path: 'nameB',
      field: textField({
        key: 'bn',
        label: 'the second group’s name',
        default: 'Front line',
        maxLength: GROUP_NAME_MAX_LENGTH,
      }),
    },
    {
      path: 'agreeB',
      field: numberField({ key: 'ba', label: 'how many of the second group agreed', default: 8, ...COUNT_LIMITS }),
    },
    {
      path: 'sizeB',
      field: numberField({ key: 'bs', label: 'how many of the second group were asked', default: 20, ...SIZE_LIMITS }),
    },
  ],
  crossCheck: countChecks,
});
