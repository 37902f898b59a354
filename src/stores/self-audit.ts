/**
 * The learner's answers to lesson 3's self-audit, kept on this device only (see `local-record.ts`).
 *
 * Stored under `valued:audit` as JSON, format version 1:
 *
 *   { "v": 1, "answers": { "<statement id>": 1 | 2 | 3 | 4 | 5 | "unknown" } }
 *
 * Statement ids are those of `src/course/self-audit.ts`; an unanswered statement has no entry.
 * Reading keeps every answer to a known statement that is on the scale and drops the rest.
 */
import { computed } from 'nanostores';
import { AUDIT_STATEMENTS, isAuditAnswer, isStatementId, scoreAudit, type AuditAnswer } from '../course/self-audit';
import { bareMap, isRecord, localRecord } from './local-record';

export interface AuditRecord {
  v: 1;
  answers: Record<string, AuditAnswer>;
}

export const auditRecord = localRecord<AuditRecord>({
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

export const $audit = auditRecord.$store;

/** The profile of the answers so far. */
export const $auditProfile = computed($audit, (record) => scoreAudit(record.answers));

/** Records one answer; `undefined` takes the answer back. */
export function setAuditAnswer(id: string, answer: AuditAnswer | undefined): void {
  if (!isStatementId(id)) throw new RangeError(`Not a self-audit statement: ${JSON.stringify(id)}`);
  if (answer !== undefined && !isAuditAnswer(answer)) throw new RangeError(`Not an answer: ${JSON.stringify(answer)}`);
  const answers = bareMap<AuditAnswer>();
  for (const [key, value] of Object.entries($audit.get().answers)) if (key !== id) answers[key] = value;
  if (answer !== undefined) answers[id] = answer;
  $audit.set({ v: 1, answers });
}

/** Forgets every answer on this device. */
export function clearAudit(): void {
  $audit.set(auditRecord.empty());
}

/** How many statements the audit has. */
export const AUDIT_SIZE = AUDIT_STATEMENTS.length;
