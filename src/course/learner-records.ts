/**
 * The formats of the records a learner keeps on this device only (`src/stores/` holds their stores)
 * and takes to another device in a course data file (`course-data.ts`): lesson 3's self-audit and
 * threat walk-through, and lesson 9's plan. Each is versioned JSON; reading keeps what can be used
 * and drops the rest, and an imported file's copy is checked strictly (`record-format.ts`).
 */
import { isAuditAnswer, isStatementId, type AuditAnswer } from './self-audit';
import { bareMap, isRecord, recordFormat } from './record-format';
import { cleanNote } from './text';
import { isExposure, isThreatId, type Exposure, type ThreatId } from './threats';

/**
 * The learner's answers to lesson 3's self-audit, stored under `valued:audit`, format version 1:
 *
 *   { "v": 1, "answers": { "<statement id>": 1 | 2 | 3 | 4 | 5 | "unknown" } }
 *
 * Statement ids are those of `self-audit.ts`; an unanswered statement has no entry. Reading keeps
 * every answer to a known statement that is on the scale and drops the rest.
 */
export interface AuditRecord {
  v: 1;
  answers: Record<string, AuditAnswer>;
}

export const auditRecordFormat = recordFormat<AuditRecord>({
  key: 'valued:audit',
  version: 1,
  what: 'the self-audit',
  empty: () => ({ v: 1, answers: bareMap() }),
  read: (data) => {
    const answers = bareMap<AuditAnswer>();
    const stored = data['answers'];
    if (isRecord(stored)) {
      for (const [id, answer] of Object.entries(stored)) {
        if (isStatementId(id) && isAuditAnswer(answer)) answers[id] = answer;
      }
    }
    return { v: 1, answers };
  },
  check: (data) => {
    const answers = data['answers'];
    if (!isRecord(answers)) return 'The file’s self-audit has no answers list.';
    for (const [id, answer] of Object.entries(answers)) {
      if (!isStatementId(id))
        return `The file’s self-audit answers a statement this course does not have (“${id.slice(0, 40)}”).`;
      if (!isAuditAnswer(answer)) {
        return `The file’s self-audit answer to statement ${id} is not on the scale (a whole number from 1 to 5, or "unknown").`;
      }
    }
    return undefined;
  },
});

/**
 * The learner's walk-through of lesson 3's six dislodging threats, stored under `valued:threats`,
 * format version 1:
 *
 *   { "v": 1, "guess": "<threat id>", "exposure": { "<threat id>": 1 | 2 | 3 }, "revealed": true }
 *
 * `guess` (optional) is the threat the learner first predicted; `exposure` their considered rating
 * of each threat (1 hardly, 2 somewhat, 3 very exposed); `revealed` whether they have compared the
 * two. Threat ids are those of `threats.ts`.
 */
export interface ThreatsRecord {
  v: 1;
  guess?: ThreatId;
  exposure: Partial<Record<ThreatId, Exposure>>;
  revealed: boolean;
}

function emptyThreats(): ThreatsRecord {
  return { v: 1, exposure: {}, revealed: false };
}

export const threatsRecordFormat = recordFormat<ThreatsRecord>({
  key: 'valued:threats',
  version: 1,
  what: 'the six threats',
  empty: emptyThreats,
  read: (data) => {
    const record = emptyThreats();
    if (isThreatId(data['guess'])) record.guess = data['guess'];
    const exposure = data['exposure'];
    if (isRecord(exposure)) {
      for (const [id, rating] of Object.entries(exposure)) {
        if (isThreatId(id) && isExposure(rating)) record.exposure[id] = rating;
      }
    }
    record.revealed = data['revealed'] === true;
    return record;
  },
  check: (data) => {
    if (data['guess'] !== undefined && !isThreatId(data['guess'])) {
      return 'The file’s guess among the six threats is not one of them.';
    }
    const exposure = data['exposure'];
    if (!isRecord(exposure)) return 'The file’s six threats have no exposure ratings list.';
    for (const [id, rating] of Object.entries(exposure)) {
      if (!isThreatId(id)) return `The file rates a threat this course does not have (“${id.slice(0, 40)}”).`;
      if (!isExposure(rating)) return `The file’s rating of the threat “${id}” is not 1, 2 or 3.`;
    }
    if (data['revealed'] !== undefined && typeof data['revealed'] !== 'boolean') {
      return 'The file’s six threats say neither yes nor no to whether they were compared with the guess.';
    }
    return undefined;
  },
});

/**
 * The learner's customer value plan (lesson 9): who it is for and their three commitments, stored
 * under `valued:plan`, format version 1:
 *
 *   { "v": 1, "name": "…", "measure": "…", "hassle": "…", "invest": "…" }
 *
 * Every field is free text (line breaks kept, other control characters dropped), capped in length.
 */
export type PlanField = 'name' | 'measure' | 'hassle' | 'invest';

/** Each field's longest text, in characters. */
// Three commitments at their longest still print on one page of Letter with everything else.
export const PLAN_LIMITS: Record<PlanField, number> = { name: 80, measure: 400, hassle: 400, invest: 400 };

export const PLAN_FIELDS = Object.keys(PLAN_LIMITS) as PlanField[];

export type PlanRecord = { v: 1 } & Record<PlanField, string>;

function emptyPlan(): PlanRecord {
  return { v: 1, name: '', measure: '', hassle: '', invest: '' };
}

export const planRecordFormat = recordFormat<PlanRecord>({
  key: 'valued:plan',
  version: 1,
  what: 'the plan',
  empty: emptyPlan,
  read: (data) => {
    const record = emptyPlan();
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

/** The plan's three commitments: what each asks for, and the hint under it. */
export const COMMITMENTS: { field: Exclude<PlanField, 'name'>; label: string; hint: string }[] = [
  {
    field: 'measure',
    label: 'What we will measure',
    hint: 'A measure of whether customers feel valued, who owns it and when you first report it (lesson 3).',
  },
  {
    field: 'hassle',
    label: 'Which hassle we will remove',
    hint: 'One named inconvenience, who will remove it and by when (lesson 2).',
  },
  {
    field: 'invest',
    label: 'Where we will invest',
    hint: 'Which customers, how much and how you will credit it: with lifetime value, not only the first sale (lessons 4 and 6).',
  },
];
