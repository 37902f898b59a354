/**
 * The customer-base lab's purchase log, kept on this device only when the learner ticks "Keep this
 * data on this device": the file itself (as a Blob in IndexedDB, never sent anywhere) with the
 * column choices and settings, so the lab can reopen it on the next visit. "Forget it" deletes it.
 */
import type { LayoutChoices } from '../purchase-log/stream';

export interface KeptLog {
  name: string;
  source: Blob;
  choices: LayoutChoices;
  /** When it was kept (ISO date-time). */
  keptAt: string;
}

const DB = 'valued-customer-base';
const STORE = 'kept';
const KEY = 'log';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE);
    };
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new Error('IndexedDB could not be opened'));
    };
  });
}

async function run<T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = act(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => {
        resolve(request.result);
      };
      request.onerror = () => {
        reject(request.error ?? new Error('IndexedDB request failed'));
      };
    });
  } finally {
    db.close();
  }
}

/** The kept log, or `undefined` when none is kept (or storage is unavailable). */
export async function readKeptLog(): Promise<KeptLog | undefined> {
  if (typeof indexedDB === 'undefined') return undefined;
  // Only look inside a database the learner created: opening one would create it.
  const names = await indexedDB.databases().catch(() => undefined);
  if (names && !names.some((d) => d.name === DB)) return undefined;
  try {
    const kept = (await run('readonly', (store) => store.get(KEY))) as KeptLog | undefined;
    return kept && kept.source instanceof Blob ? kept : undefined;
  } catch {
    return undefined;
  }
}

export async function keepLog(kept: KeptLog): Promise<void> {
  await run('readwrite', (store) => store.put(kept, KEY));
}

/** Deletes the kept log and its database. */
export async function forgetKeptLog(): Promise<void> {
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DB);
    request.onsuccess =
      request.onerror =
      request.onblocked =
        () => {
          resolve();
        };
  });
}
