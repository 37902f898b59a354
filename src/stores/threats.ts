/**
 * The learner's walk-through of lesson 3's six dislodging threats, kept on this device only: the
 * record's format is `threatsRecordFormat` (`src/course/learner-records.ts`), its store
 * `localRecord`'s.
 */
import { computed } from 'nanostores';
import { threatsRecordFormat, type ThreatsRecord } from '../course/learner-records';
import { revealThreats, type Exposure, type ThreatId } from '../course/threats';
import { localRecord } from './local-record';

export type { ThreatsRecord };

export const threatsRecord = localRecord(threatsRecordFormat);

export const $threats = threatsRecord.$store;

/** The considered ratings set against the first guess. */
export const $threatReveal = computed($threats, (record) => revealThreats(record.guess, record.exposure));

/** Records the learner's first guess (`undefined` takes it back). */
export function setThreatGuess(guess: ThreatId | undefined): void {
  const { exposure, revealed } = $threats.get();
  $threats.set(guess === undefined ? { v: 1, exposure, revealed } : { v: 1, guess, exposure, revealed });
}

/** Records how exposed the learner judges their business to one threat. */
export function setThreatExposure(id: ThreatId, rating: Exposure): void {
  const record = $threats.get();
  $threats.set({ ...record, exposure: { ...record.exposure, [id]: rating } });
}

/** Shows (or hides again) the comparison of the ratings with the guess. */
export function setThreatsRevealed(revealed: boolean): void {
  $threats.set({ ...$threats.get(), revealed });
}

/** Forgets the guess and the ratings on this device. */
export function clearThreats(): void {
  $threats.set(threatsRecord.empty());
}
