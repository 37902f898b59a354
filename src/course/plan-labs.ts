/**
 * The labs lesson 9's plan draws on, with the page each scenario link opens and the lesson that
 * teaches it. Plain data, so the plan can list them without loading any lab's code.
 */
import type { ScenarioLabId } from '../scenario/index';

export interface LessonLink {
  number: number;
  title: string;
  href: string;
}

export interface PlanLab {
  lab: ScenarioLabId;
  /** What the plan calls the scenario. */
  title: string;
  /** The page a scenario link opens (a lab page, or lesson 8 for its calculator). */
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
    lesson: { number: 8, title: 'Closing the say–do gap', href: '/lessons/closing-the-say-do-gap/' },
  },
];

/** Lesson 3, where the self-audit and the six threats are. */
export const AUDIT_LESSON: LessonLink = {
  number: 3,
  title: 'Feeling valued beats feeling satisfied',
  href: '/lessons/feeling-valued-beats-feeling-satisfied/',
};
