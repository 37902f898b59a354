/**
 * A record the learner keeps on this device only (localStorage), as versioned JSON, in sync across
 * open tabs: the self-audit, the threat walk-through and the plan. Each record's format (how it is
 * read, written and checked) is declared in `src/course/`; `localRecord` adds the store.
 */
import { persistentAtom } from '@nanostores/persistent';
import type { WritableAtom } from 'nanostores';
import type { RecordFormat } from '../course/record-format';

export interface LocalRecord<T extends { v: number }> extends RecordFormat<T> {
  $store: WritableAtom<T>;
}

export function localRecord<T extends { v: number }>(format: RecordFormat<T>): LocalRecord<T> {
  const $store = persistentAtom<T>(format.key, format.empty(), { encode: format.serialize, decode: format.parse });
  return { ...format, $store };
}
