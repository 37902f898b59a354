/**
 * The headline of a learner's saved scenario, as the customer value plan (lesson 9) shows it: the
 * same sentence the lab says. It needs every lab's calculations, so the plan asks lesson 9's worker.
 *
 * Pure: the saved fragment goes in, words and links come out. Never throws: a fragment the codec
 * cannot fully read still opens with what it can (the codec's rule), and a scenario whose figures
 * cannot be worked out gives the lab's own message.
 */
import { allocationReport } from '../calc/allocation-report';
import { ltvRoiReport } from '../calc/ltv-roi-report';
import { perceptionGap } from '../calc/perception-gap';
import { describeValueEquation, valueEquationReport } from '../calc/value-equation-report';
import { decode, type ScenarioLabId } from '../scenario/index';
import { tiersOf } from '../scenario/labs/allocation';
import { displayNames } from '../scenario/labs/value-equation';
import { allocationHeadline } from './headlines/allocation';
import { ltvRoiHeadline } from './headlines/ltv-roi';
import { perceptionGapHeadline } from './headlines/perception-gap';

export { AUDIT_LESSON, PLAN_LABS, type LessonLink, type PlanLab } from './plan-labs';

/** What a saved scenario comes to, in the lab's own words. */
export function scenarioHeadline(lab: ScenarioLabId, fragment: string): string {
  switch (lab) {
    case 'value-equation': {
      const { state } = decode('value-equation', fragment);
      return describeValueEquation(state.you, valueEquationReport(state.you, state.competitor), displayNames(state))
        .headline;
    }
    case 'ltv-roi': {
      const { state } = decode('ltv-roi', fragment);
      const report = ltvRoiReport(state);
      return report.ok ? ltvRoiHeadline(state, report) : report.message;
    }
    case 'allocation': {
      const { state } = decode('allocation', fragment);
      const report = allocationReport(tiersOf(state), state.budget);
      return report.ok ? allocationHeadline(state, report) : report.message;
    }
    case 'perception-gap': {
      const { state } = decode('perception-gap', fragment);
      try {
        const gap = perceptionGap(
          { agree: state.agreeA, size: state.sizeA },
          { agree: state.agreeB, size: state.sizeB },
        );
        return perceptionGapHeadline(state, gap);
      } catch {
        return 'These counts cannot be read: more people agreed than were asked. Open the poll to correct them.';
      }
    }
  }
}
