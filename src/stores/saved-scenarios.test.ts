import { atom } from 'nanostores';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { encodeScenario } from '../scenario/codec';
import { LTV_ROI_START, ltvRoiScenario, type LtvRoiState } from '../scenario/labs/ltv-roi';
import { readSavedScenario, saveScenarioChanges, savedScenarioKey } from './saved-scenarios';

/** A Storage that keeps items in a Map, or refuses every write like a full or disabled one. */
function memoryStorage(refuse = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => {
      items.clear();
    },
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key);
    },
    setItem: (key, value) => {
      if (refuse) throw new DOMException('full', 'QuotaExceededError');
      items.set(key, value);
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the learner’s saved scenario', () => {
  test('each change is saved as the scenario’s link fragment, once per burst of changes', () => {
    const storage = memoryStorage();
    const store = atom<LtvRoiState>(LTV_ROI_START);
    const setItem = vi.spyOn(storage, 'setItem');
    const stop = saveScenarioChanges(store, ltvRoiScenario, { opened: () => undefined, storage });
    for (let spend = 1000; spend < 1010; spend++) store.set({ ...store.get(), spend });
    vi.advanceTimersByTime(300);
    expect(setItem).toHaveBeenCalledTimes(1);
    const saved = readSavedScenario('ltv-roi', storage);
    expect(saved).toBe(encodeScenario(ltvRoiScenario, { ...LTV_ROI_START, spend: 1009 }));
    expect(savedScenarioKey('ltv-roi')).toBe('valued:scenario:ltv-roi');
    stop();
  });

  test('a scenario opened from a link is not saved until the learner changes it', () => {
    const storage = memoryStorage();
    const linked = { ...LTV_ROI_START, spend: 5000 };
    const store = atom<LtvRoiState>(LTV_ROI_START);
    storage.setItem(savedScenarioKey('ltv-roi'), 'v=1&spend=33333');
    const stop = saveScenarioChanges(store, ltvRoiScenario, {
      opened: () => encodeScenario(ltvRoiScenario, linked),
      storage,
    });
    store.set(linked);
    vi.advanceTimersByTime(300);
    expect(readSavedScenario('ltv-roi', storage)).toBe('v=1&spend=33333');
    store.set({ ...linked, customers: 10 });
    vi.advanceTimersByTime(300);
    expect(readSavedScenario('ltv-roi', storage)).toContain('customers=10');
    stop();
  });

  test('storage that refuses writes or reads never breaks the lab', () => {
    const store = atom<LtvRoiState>(LTV_ROI_START);
    const stop = saveScenarioChanges(store, ltvRoiScenario, { opened: () => undefined, storage: memoryStorage(true) });
    store.set({ ...LTV_ROI_START, spend: 1 });
    expect(() => vi.advanceTimersByTime(300)).not.toThrow();
    stop();
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(readSavedScenario('ltv-roi', broken)).toBeUndefined();
  });

  test('a change still waiting is written when the lab stops', () => {
    const storage = memoryStorage();
    const store = atom<LtvRoiState>(LTV_ROI_START);
    const stop = saveScenarioChanges(store, ltvRoiScenario, { opened: () => undefined, storage });
    store.set({ ...LTV_ROI_START, years: 7 });
    stop();
    expect(readSavedScenario('ltv-roi', storage)).toContain('years=7');
  });
});
