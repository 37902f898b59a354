/**
 * The perception-gap calculator's headline (lesson 8): what a room's poll comes to, in one sentence.
 * Shared by the calculator and the customer value plan (lesson 9).
 */
import type { PerceptionGap } from '../../calc/perception-gap';
import type { PerceptionGapState } from '../../scenario/labs/perception-gap';
import { formatPercent, formatPoints } from '../../course/format';

/** A group's name, or what to call it when the learner left it empty. */
export function groupLabel(state: PerceptionGapState, side: 'A' | 'B'): string {
  const name = state[`name${side}`];
  return name === '' ? (side === 'A' ? 'The first group' : 'The second group') : name;
}

/** The calculator's headline, as one sentence. */
export function perceptionGapHeadline(state: PerceptionGapState, result: PerceptionGap): string {
  const a = groupLabel(state, 'A');
  const b = groupLabel(state, 'B');
  const interval = `${formatPoints(result.low).replace(/ points?$/, '')} to ${formatPoints(result.high)}`;
  return (
    `${formatPercent(result.shareA)} of ${a} agree, against ${formatPercent(result.shareB)} of ${b}: a gap of ` +
    `${formatPoints(result.gap)} (95% interval ${interval}). ` +
    (result.clear
      ? 'The room shows a clear gap.'
      : 'The interval includes no gap at all, so the room has not shown a gap yet: ask more people.')
  );
}
