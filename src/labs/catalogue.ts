/**
 * Every lab of the course, in course order, as plain facts (`about.ts` in each lab's folder): one
 * line per lab. The Astro config, the home page and the sidebar (`src/course/labs.ts`), the plan
 * (`src/course/plan-labs.ts`) and the board read this list; it holds no lab's code, so the plan's
 * island and the config can load it. A lab whose scenario travels in links is also in `registry.ts`.
 */
import { allocationAbout } from './allocation/about';
import { customerBaseAbout } from './customer-base/about';
import { ltvRoiAbout } from './ltv-roi/about';
import { perceptionGapAbout } from './perception-gap/about';
import { valueEquationAbout } from './value-equation/about';

export const labCatalogue = [
  valueEquationAbout,
  ltvRoiAbout,
  allocationAbout,
  customerBaseAbout,
  perceptionGapAbout,
] as const;

export type CatalogueLab = (typeof labCatalogue)[number];

/** The ids of the labs whose scenarios travel in links: the registry's, which a type check keeps equal. */
export type CatalogueScenarioLabId = Extract<CatalogueLab, { scenario: true }>['id'];

/** The ids of the labs with a page of their own, `/labs/<id>/`. */
export type OwnPageLabId = Extract<CatalogueLab, { path: `/labs/${string}/` }>['id'];
