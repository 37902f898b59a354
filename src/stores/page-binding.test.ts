import { atom } from 'nanostores';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { decodeScenario, defineScenario, encodeScenario, scenarioDefaults } from '../scenario/codec';
import { numberField } from '../scenario/fields';
import { openState } from '../scenario/opening';
import { fakeTab } from './fake-tab';
import { bindToPage, type PageOpening } from './page-binding';

interface Price {
  price: number;
}

const definition = defineScenario<Price>({
  lab: 'test',
  version: 1,
  fields: [
    { path: 'price', field: numberField({ key: 'p', label: 'Price', default: 5, min: 0, max: 10, decimals: 1 }) },
  ],
});

const format = {
  decode: (fragment: string) => decodeScenario(definition, fragment),
  encode: (state: Price) => encodeScenario(definition, state),
  start: () => scenarioDefaults(definition),
};

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

const KEY = 'valued:scenario:test';

describe('a page bound to its address and to this browser', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  /**
   * A page at `start` whose store holds a price, bound as a lab's page is (or read-only, as inside a
   * lesson), with `kept` already in storage. `slowOpen` answers openings a task later, as a worker does.
   */
  function page(
    start: string,
    options: { kept?: string; readOnly?: boolean; slowOpen?: boolean; storage?: Storage } = {},
  ) {
    const tab = fakeTab(start);
    const storage = options.storage ?? memoryStorage();
    if (options.kept !== undefined) storage.setItem(KEY, options.kept);
    const store = atom<Price>({ price: 5 });
    const openings: (PageOpening & { price: number })[] = [];
    const open = (from: { fragment: string | undefined; kept: string | undefined }) => openState(from, format);
    const stop = bindToPage(store, {
      savedKey: KEY,
      open: options.slowOpen
        ? (from) =>
            new Promise((resolve) => {
              setTimeout(() => {
                resolve(open(from));
              }, 5);
            })
        : open,
      load: (state) => {
        store.set(state);
      },
      link: format.encode,
      onOpen: (opening) => openings.push({ ...opening, price: store.get().price }),
      readOnly: options.readOnly ?? false,
      storage,
    });
    return { tab, store, storage, openings, stop };
  }

  test('a link opens its state; a change is written to the address at once, and a burst at most every 150 ms', () => {
    const { tab, store, openings, stop } = page('https://course.example.org/labs/test/#v=1&p=7');
    expect(openings).toEqual([{ origin: 'link', issues: [], price: 7 }]);
    store.set({ price: 8 });
    store.set({ price: 9 });
    // Changes made together are written together, in the next task: a reload right after a click
    // finds them in the address.
    expect(tab.hash).toBe('#v=1&p=7');
    vi.advanceTimersByTime(0);
    expect(tab.hash).toBe('#v=1&p=9');
    // A slider dragged on: the address follows at most every 150 ms, and ends at the last value.
    vi.advanceTimersByTime(10);
    store.set({ price: 3 });
    vi.advanceTimersByTime(100);
    store.set({ price: 4 });
    vi.advanceTimersByTime(39);
    expect(tab.hash).toBe('#v=1&p=9');
    vi.advanceTimersByTime(1);
    expect(tab.hash).toBe('#v=1&p=4');
    // The page's own write is not a new link.
    vi.advanceTimersByTime(10);
    expect(openings).toHaveLength(1);
    stop();
  });

  test('a damaged link opens what it can, with each problem in words; the address keeps it until a change', () => {
    const { tab, store, openings, stop } = page('https://course.example.org/labs/test/#v=1&p=eleven');
    expect(openings[0]).toMatchObject({ origin: 'link', price: 5 });
    expect(openings[0]?.issues).toHaveLength(1);
    vi.advanceTimersByTime(500);
    expect(tab.hash).toBe('#v=1&p=eleven');
    store.set({ price: 6 });
    vi.advanceTimersByTime(0);
    expect(tab.hash).toBe('#v=1&p=6');
    stop();
  });

  test('the learner’s own state resumed from this browser is put in the address', () => {
    const { tab, stop } = page('https://course.example.org/labs/test/', { kept: 'v=1&p=3' });
    vi.advanceTimersByTime(0);
    expect(tab.hash).toBe('#v=1&p=3');
    stop();
  });

  test('a link followed while a change is still to be written opens, and is not overwritten', () => {
    const { tab, store, openings, stop } = page('https://course.example.org/labs/test/#v=1&p=7');
    store.set({ price: 6 });
    vi.advanceTimersByTime(1);
    expect(tab.hash).toBe('#v=1&p=6');
    // A change within 150 ms of the page's last write waits its turn...
    store.set({ price: 8 });
    vi.advanceTimersByTime(148);
    // ...and the learner pastes a colleague's link before it is written; the write falls due before
    // the browser says the address changed.
    tab.follow('#v=1&p=2');
    vi.advanceTimersByTime(1);
    expect(tab.hash).toBe('#v=1&p=2');
    vi.advanceTimersByTime(1);
    expect(openings.map((o) => o.price)).toEqual([7, 2]);
    expect(store.get().price).toBe(2);
    // From then on the page writes again.
    store.set({ price: 3 });
    vi.advanceTimersByTime(300);
    expect(tab.hash).toBe('#v=1&p=3');
    stop();
  });

  test('the same, for a page whose state is opened by a worker a task later', async () => {
    const { tab, store, openings, stop } = page('https://course.example.org/workshop/board/', { slowOpen: true });
    // Opened at 5 ms; a change at 6 ms is written at once.
    await vi.advanceTimersByTimeAsync(6);
    expect(openings).toEqual([{ origin: 'start', issues: [], price: 5 }]);
    store.set({ price: 7 });
    await vi.advanceTimersByTimeAsync(1);
    expect(tab.hash).toBe('#v=1&p=7');
    // The next, at 7 ms, is written 150 ms after that write, at 156 ms; a link followed at 150 ms
    // on a busy page is announced at 160 ms, after the write fell due.
    store.set({ price: 8 });
    await vi.advanceTimersByTimeAsync(143);
    tab.follow('#v=1&p=2', 10);
    await vi.advanceTimersByTimeAsync(6);
    expect(tab.hash).toBe('#v=1&p=2');
    await vi.advanceTimersByTimeAsync(20);
    expect(store.get().price).toBe(2);
    expect(openings.at(-1)).toMatchObject({ origin: 'link', price: 2 });
    await vi.advanceTimersByTimeAsync(150);
    expect(tab.hash).toBe('#v=1&p=2');
    stop();
  });

  test('a heading anchor followed on the page is not a state, and does not stop the state being written', () => {
    const { tab, store, openings, stop } = page('https://course.example.org/labs/test/');
    expect(openings).toEqual([{ origin: 'start', issues: [], price: 5 }]);
    tab.follow('#chart');
    vi.advanceTimersByTime(2);
    store.set({ price: 4 });
    vi.advanceTimersByTime(150);
    expect(tab.hash).toBe('#v=1&p=4');
    expect(openings).toHaveLength(1);
    stop();
  });

  test('inside a lesson the page reads a state link but never writes the address', () => {
    const { tab, store, openings, stop } = page('https://course.example.org/lessons/one/#v=1&p=6', { readOnly: true });
    expect(openings).toEqual([{ origin: 'link', issues: [], price: 6 }]);
    store.set({ price: 1 });
    vi.advanceTimersByTime(500);
    expect(tab.hash).toBe('#v=1&p=6');
    stop();
  });

  test('without a link, the learner’s own kept state comes back, said to be theirs', () => {
    const { openings, store, stop } = page('https://course.example.org/labs/test/', { kept: 'v=1&p=3' });
    expect(openings).toEqual([{ origin: 'saved', issues: [], price: 3 }]);
    expect(store.get().price).toBe(3);
    stop();
  });

  test('the learner’s own state coming back in the address (a reload) is theirs, not someone’s link', () => {
    const { openings, stop } = page('https://course.example.org/labs/test/#v=1&p=3', { kept: 'v=1&p=3' });
    expect(openings).toEqual([{ origin: 'saved', issues: [], price: 3 }]);
    stop();
  });

  test('each change is kept in this browser, once per burst of changes', () => {
    const storage = memoryStorage();
    const setItem = vi.spyOn(storage, 'setItem');
    const { store, stop } = page('https://course.example.org/labs/test/', { storage });
    for (let price = 1; price < 8; price++) store.set({ price });
    vi.advanceTimersByTime(300);
    expect(setItem).toHaveBeenCalledTimes(1);
    expect(storage.getItem(KEY)).toBe('v=1&p=7');
    stop();
  });

  test('a state opened from someone’s link is not kept until the learner changes it', () => {
    const { store, storage, stop } = page('https://course.example.org/labs/test/#v=1&p=7', { kept: 'v=1&p=3' });
    vi.advanceTimersByTime(1000);
    expect(storage.getItem(KEY)).toBe('v=1&p=3');
    store.set({ price: 8 });
    vi.advanceTimersByTime(300);
    expect(storage.getItem(KEY)).toBe('v=1&p=8');
    stop();
  });

  test('a change still waiting to be kept when a link is followed is kept, and the link is not', () => {
    const { tab, store, storage, stop } = page('https://course.example.org/labs/test/');
    store.set({ price: 2 });
    vi.advanceTimersByTime(100);
    tab.follow('#v=1&p=9');
    vi.advanceTimersByTime(1000);
    expect(store.get().price).toBe(9);
    expect(storage.getItem(KEY)).toBe('v=1&p=2');
    stop();
  });

  test('a change still waiting is kept when the page stops', () => {
    const { store, storage, stop } = page('https://course.example.org/labs/test/');
    store.set({ price: 2 });
    stop();
    expect(storage.getItem(KEY)).toBe('v=1&p=2');
  });

  test('storage that refuses writes or reads never breaks the page', () => {
    const { store, stop } = page('https://course.example.org/labs/test/', { storage: memoryStorage(true) });
    store.set({ price: 1 });
    expect(() => vi.advanceTimersByTime(300)).not.toThrow();
    stop();
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    const other = page('https://course.example.org/labs/test/', { storage: broken });
    expect(other.openings).toEqual([{ origin: 'start', issues: [], price: 5 }]);
    other.stop();
  });
});

describe('which state a page opens with', () => {
  test.each([
    // [address fragment, kept copy, origin, price, issues]
    ['v=1&p=7', undefined, 'link', 7, 0],
    ['v=1&p=7', 'v=1&p=3', 'link', 7, 0],
    ['v=1&p=3', 'v=1&p=3', 'saved', 3, 0],
    ['v=1&p=5', 'v=1&p=5', 'start', 5, 0],
    ['v=1&p=99', 'v=1&p=5', 'link', 5, 1],
    [undefined, 'v=1&p=3', 'saved', 3, 0],
    [undefined, 'v=1&p=5', 'start', 5, 0],
    [undefined, undefined, 'start', 5, 0],
  ] as const)('address %s, kept %s: %s, price %d', (fragment, kept, origin, price, issues) => {
    const opened = openState({ fragment, kept }, format);
    expect(opened.origin).toBe(origin);
    expect(opened.state.price).toBe(price);
    expect(opened.issues).toHaveLength(issues);
  });

  test('a kept copy that holds more than a link can is what the learner’s own link reopens', () => {
    // A board's kept copy holds flagged links its link leaves out: reading it, not the link, keeps them.
    const opened = openState(
      { fragment: 'v=1&p=3', kept: 'v=1&p=3&extra' },
      { ...format, readKept: () => ({ price: 3, extra: true }) },
    );
    expect(opened).toEqual({ state: { price: 3, extra: true }, origin: 'saved', issues: [] });
  });
});
