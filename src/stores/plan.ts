/**
 * The learner's customer value plan (lesson 9): who it is for and their three commitments, kept on
 * this device only (see `local-record.ts`).
 *
 * Stored under `valued:plan` as JSON, format version 1:
 *
 *   { "v": 1, "name": "…", "measure": "…", "hassle": "…", "invest": "…" }
 *
 * Every field is free text (line breaks kept, other control characters dropped), capped in length.
 */
import { cleanNote } from '../course/text';
import { localRecord } from './local-record';

export type PlanField = 'name' | 'measure' | 'hassle' | 'invest';

/** Each field's longest text, in characters. */
// Three commitments at their longest still print on one page of Letter with everything else.
export const PLAN_LIMITS: Record<PlanField, number> = { name: 80, measure: 400, hassle: 400, invest: 400 };

export const PLAN_FIELDS = Object.keys(PLAN_LIMITS) as PlanField[];

export type PlanRecord = { v: 1 } & Record<PlanField, string>;

function empty(): PlanRecord {
  return { v: 1, name: '', measure: '', hassle: '', invest: '' };
}

export const planRecord = localRecord<PlanRecord>({
  key: 'valued:plan',
  version: 1,
  what: 'the plan',
  empty,
  read: (data) => {
    const record = empty();
    for (const field of PLAN_FIELDS) {
      const text = data[field];
      if (typeof text === 'string') record[field] = cleanNote(text, PLAN_LIMITS[field]);
    }
    return record;
  },
  check: (data) => {
    for (const field of PLAN_FIELDS) {
      const text = data[field];
      if (text === undefined) continue;
      if (typeof text !== 'string') return `The file’s plan has a “${field}” entry that is not text.`;
      if (text.length > PLAN_LIMITS[field]) {
        return `The file’s plan has a “${field}” entry longer than ${String(PLAN_LIMITS[field])} characters.`;
      }
    }
    return undefined;
  },
});

export const $plan = planRecord.$store;

/** Sets one field of the plan, as typed (cleaned and capped). */
export function setPlanField(field: PlanField, text: string): void {
  $plan.set({ ...$plan.get(), [field]: cleanNote(text, PLAN_LIMITS[field]) });
}
