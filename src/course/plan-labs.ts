/**
 * The labs lesson 9's plan draws on, with the page each scenario link opens and the lesson that
 * teaches it: the catalogue's labs whose scenarios travel in links (`src/labs/catalogue.ts`). Plain
 * data, so the plan can list them without loading any lab's code.
 */
import type { LessonLink } from '../labs/lab';
import { labCatalogue, type CatalogueScenarioLabId } from '../labs/catalogue';

export type { LessonLink };

export interface PlanLab {
  lab: CatalogueScenarioLabId;
  /** What the plan calls the scenario. */
  title: string;
  /** The page a scenario link opens (a lab page, or lesson 8 for its calculator). */
  path: string;
  /** The lesson that teaches it. */
  lesson: LessonLink;
}

/** The labs the plan draws on, in course order. The course's lesson tests check these links. */
export const PLAN_LABS: readonly PlanLab[] = labCatalogue.flatMap((about) =>
  about.scenario ? [{ lab: about.id, title: about.title, path: about.path, lesson: about.lesson }] : [],
);

/** Lesson 3, where the self-audit and the six threats are. */
export const AUDIT_LESSON: LessonLink = {
  number: 3,
  title: 'Feeling valued beats feeling satisfied',
  href: '/lessons/feeling-valued-beats-feeling-satisfied/',
};
