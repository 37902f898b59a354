/**
 * The learner's walk-through of lesson 3's six dislodging threats, kept on this device only (see
 * `local-record.ts`).
 *
 * Stored under `valued:threats` as JSON, format version 1:
 *
 *   { "v": 1, "guess": "<threat id>", "exposure": { "<threat id>": 1 | 2 | 3 }, "revealed": true }
 *
 * `guess` (optional) is the threat the learner first predicted; `exposure` their considered rating
 * of each threat (1 hardly, 2 somewhat, 3 very exposed); `revealed` whether they have compared the
 * two. Threat ids are those of `src/course/threats.ts`.
 */
import { computed } from 'nanostores';
import { isExposure, isThreatId, revealThreats, type Exposure, type ThreatId } from '../course/threats';
import { isRecord, localRecord } from './local-record';

export interface ThreatsRecord {
  v: 1;
  guess?: ThreatId;
  exposure: Partial<Record<ThreatId, Exposure>>;
  revealed: boolean;
}

function empty(): ThreatsRecord {
  return { v: 1, exposure: {}, revealed: false };
}

export const threatsRecord = localRecord<ThreatsRecord>({
  key: 'valued:threats',
  version: 1,
  what: 'the six threats',
  empty,
  read: (data) => {
    const record = empty();
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
  $threats.set(empty());
}
