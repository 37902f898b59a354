/**
 * The learner's customer value plan (lesson 9), kept on this device only: the record's format is
 * `planRecordFormat` (`src/course/learner-records.ts`), its store `localRecord`'s.
 */
import { PLAN_LIMITS, planRecordFormat, type PlanField } from '../course/learner-records';
import { cleanNote } from '../course/text';
import { localRecord } from './local-record';

export { PLAN_FIELDS, PLAN_LIMITS, type PlanField, type PlanRecord } from '../course/learner-records';

export const planRecord = localRecord(planRecordFormat);

export const $plan = planRecord.$store;

/** Sets one field of the plan, as typed (cleaned and capped). */
export function setPlanField(field: PlanField, text: string): void {
  $plan.set({ ...$plan.get(), [field]: cleanNote(text, PLAN_LIMITS[field]) });
}
