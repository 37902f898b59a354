/**
 * The customer-base lab's purchase log, kept on this device only when the learner ticks "Keep this
 * data on this device": the file itself (as a Blob in IndexedDB, never sent anywhere) with the
 * column choices and settings, so the lab can reopen it on the next visit. "Forget it" deletes it.
 */
import type { LabSettings } from '../calc/clv/lab-settings';
import type { LayoutChoices } from '../purchase-log/stream';

/**
 * Version 1, in the `kept` object store: the file under `log` and, apart (so changing a setting
 * does not write the file again), the settings under `settings`. Either may be missing: a record
 * kept before settings were kept opens with the starting settings.
 */
export interface KeptLog {
  name: string;
  source: Blob;
  choices: LayoutChoices;
  /** When it was kept (ISO date-time). */
  keptAt: string;
  /** The settings and currency last used with it. */
  settings?: KeptSettings | undefined;
}

export interface KeptSettings {
  settings: LabSettings;
  currency: string;
}

const DB = 'valued-customer-base';
const STORE = 'kept';
const KEY = 'log';
const SETTINGS_KEY = 'settings';

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
    if (!kept || !(kept.source instanceof Blob)) return undefined;
    const settings = (await run('readonly', (store) => store.get(SETTINGS_KEY))) as unknown;
    return { ...kept, settings: isKeptSettings(settings) ? settings : undefined };
  } catch {
    return undefined;
  }
}

function isKeptSettings(value: unknown): value is KeptSettings {
  if (typeof value !== 'object' || value === null) return false;
  const { settings, currency } = value as Partial<KeptSettings>;
  return (
    typeof currency === 'string' &&
    typeof settings === 'object' &&
    (['calibrationEnd', 'horizonYears', 'discountPercent', 'marginPercent'] as const).every(
      (key) => typeof settings[key] === 'string',
    )
  );
}

/** Keeps the file (replacing any kept before) and, when given, its settings. */
export async function keepLog({ settings, ...kept }: KeptLog): Promise<void> {
  await run('readwrite', (store) => store.put(kept, KEY));
  if (settings) await keepSettings(settings);
}

/** Keeps the settings beside the kept file, without writing the file again. */
export async function keepSettings(settings: KeptSettings): Promise<void> {
  await run('readwrite', (store) => store.put(settings, SETTINGS_KEY));
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
