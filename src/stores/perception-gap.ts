/**
 * State of lesson 8's perception-gap calculator: a room's poll of two groups, and the gap computed
 * from it. One calculator per page, so the stores are module singletons.
 */
import { computed } from 'nanostores';
import { perceptionGap, type PerceptionGap } from '../calc/perception-gap';
import { cleanText, numberProblem } from '../scenario/fields';
import {
  COUNT_LIMITS,
  GROUP_NAME_MAX_LENGTH,
  SIZE_LIMITS,
  perceptionGapScenario,
  type PerceptionGapState,
} from '../scenario/labs/perception-gap';
import { createLabStore } from './lab-store';

export const perceptionGapLab = createLabStore(perceptionGapScenario, []);

export const $perceptionGap = perceptionGapLab.$scenario;

/** The gap and its interval; `null` only if the counts are impossible, which the actions prevent. */
export const $perceptionGapResult = computed($perceptionGap, (state): PerceptionGap | null => {
  try {
    return perceptionGap({ agree: state.agreeA, size: state.sizeA }, { agree: state.agreeB, size: state.sizeB });
  } catch {
    return null;
  }
});

export type CountKey = 'agreeA' | 'sizeA' | 'agreeB' | 'sizeB';

/**
 * Sets one count. Returns why, changing nothing, for a number that is not a whole number in range,
 * or that would have more people agreeing than were asked.
 */
export function setCount(key: CountKey, value: number): string | undefined {
  const problem = numberProblem(key.startsWith('size') ? SIZE_LIMITS : COUNT_LIMITS, value);
  if (problem) return problem;
  const next: PerceptionGapState = { ...$perceptionGap.get(), [key]: value };
  for (const side of ['A', 'B'] as const) {
    if (next[`agree${side}`] > next[`size${side}`]) {
      return key.startsWith('agree')
        ? `More people cannot agree than were asked (${next[`size${side}`]}).`
        : `Fewer people cannot have been asked than agreed (${next[`agree${side}`]}).`;
    }
  }
  $perceptionGap.set(next);
  return undefined;
}

export function renameGroup(side: 'A' | 'B', name: string): void {
  $perceptionGap.set({ ...$perceptionGap.get(), [`name${side}`]: cleanText(name, GROUP_NAME_MAX_LENGTH) });
}

export const { $revision, $inputProblems, setInputProblem, loadScenario, resetLab } = perceptionGapLab;
