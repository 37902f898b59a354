/**
 * The value equation lab's headline: who gives customers more value, and how many times as much. The
 * lab builds it with its other sentences (`describeValueEquation`); the plan and the registry need
 * the headline alone.
 */
import { describeValueEquation, type ValueEquationReport } from '../../calc/value-equation-report';
import { displayNames, type ValueEquationState } from '../../scenario/labs/value-equation';

/** The lab's headline, as one sentence. */
export function valueEquationHeadline(state: ValueEquationState, report: ValueEquationReport): string {
  return describeValueEquation(state.you, report, displayNames(state)).headline;
}
