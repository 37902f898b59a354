/**
 * The learner's answers to lesson 3's self-audit, kept on this device only: the record's format is
 * `auditRecordFormat` (`src/course/learner-records.ts`), its store `localRecord`'s.
 */
import { computed } from 'nanostores';
import { auditRecordFormat, type AuditRecord } from '../course/learner-records';
import { bareMap } from '../course/record-format';
import { AUDIT_STATEMENTS, isAuditAnswer, isStatementId, scoreAudit, type AuditAnswer } from '../course/self-audit';
import { localRecord } from './local-record';

export type { AuditRecord };

export const auditRecord = localRecord(auditRecordFormat);

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
