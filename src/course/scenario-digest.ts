/**
 * The learner's saved scenarios, as the customer value plan (lesson 8) shows them: for each lab, the
 * headline its scenario comes to (the same sentence the lab says) and the link that reopens it; for
 * a lab not yet worked, the lesson where it is.
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

export interface LessonLink {
  number: number;
  title: string;
  href: string;
}

export interface PlanLab {
  lab: ScenarioLabId;
  /** What the plan calls the scenario. */
  title: string;
  /** The page a scenario link opens (a lab page, or lesson 7 for its calculator). */
  path: string;
  /** The lesson that teaches it. */
  lesson: LessonLink;
}

/** The labs the plan draws on, in course order. The course's lesson tests check these links. */
export const PLAN_LABS: readonly PlanLab[] = [
  {
    lab: 'value-equation',
    title: 'Value equation',
    path: '/labs/value-equation/',
    lesson: { number: 2, title: 'The value equation', href: '/lessons/the-value-equation/' },
  },
  {
    lab: 'ltv-roi',
    title: 'Lifetime ROI',
    path: '/labs/ltv-roi/',
    lesson: {
      number: 4,
      title: 'Take credit for the relationship',
      href: '/lessons/take-credit-for-the-relationship/',
    },
  },
  {
    lab: 'allocation',
    title: 'Customer value allocation',
    path: '/labs/allocation/',
    lesson: {
      number: 6,
      title: 'Customer service is not customer centricity',
      href: '/lessons/customer-service-is-not-customer-centricity/',
    },
  },
  {
    lab: 'perception-gap',
    title: 'Say–do gap poll',
    path: '/lessons/closing-the-say-do-gap/',
    lesson: { number: 7, title: 'Closing the say–do gap', href: '/lessons/closing-the-say-do-gap/' },
  },
];

/** Lesson 3, where the self-audit and the six threats are. */
export const AUDIT_LESSON: LessonLink = {
  number: 3,
  title: 'Feeling valued beats feeling satisfied',
  href: '/lessons/feeling-valued-beats-feeling-satisfied/',
};

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
