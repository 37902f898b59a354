/**
 * The say–do gap poll's figures for a scenario, in the shape every lab's report has: the gap and its
 * interval, or why they cannot be worked out.
 */
import { perceptionGap, type PerceptionGap } from '../../calc/perception-gap';
import type { PerceptionGapState } from '../../scenario/labs/perception-gap';
import type { Unworkable } from '../lab';

export type PerceptionGapReport = PerceptionGap & { ok: true };

/** Never throws: counts with more people agreeing than were asked (which the codec resets) are refused. */
export function perceptionGapReport(state: PerceptionGapState): PerceptionGapReport | Unworkable {
  try {
    const gap = perceptionGap({ agree: state.agreeA, size: state.sizeA }, { agree: state.agreeB, size: state.sizeB });
    return { ok: true, ...gap };
  } catch {
    return { ok: false, message: 'These counts cannot be read: more people agreed than were asked.' };
  }
}
