import { atom } from 'nanostores';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { defineScenario } from '../scenario/codec';
import { numberField } from '../scenario/fields';
import { fakeTab } from './fake-tab';
import { bindScenarioToUrl } from './scenario-url';

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

describe('a lab page’s address and its scenario', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  function bind(start: string) {
    const tab = fakeTab(start);
    const store = atom<Price>({ price: 5 });
    const restored: number[] = [];
    const stop = bindScenarioToUrl(store, definition, {
      load: (state) => {
        store.set(state);
      },
      onRestore: () => restored.push(store.get().price),
    });
    return { tab, store, restored, stop };
  }

  test('a link opens its scenario, and changes are written back once the learner pauses', () => {
    const { tab, store, restored, stop } = bind('https://course.example.org/labs/test/#v=1&p=7');
    expect(restored).toEqual([7]);
    store.set({ price: 8 });
    store.set({ price: 9 });
    expect(tab.hash).toBe('#v=1&p=7');
    vi.advanceTimersByTime(150);
    expect(tab.hash).toBe('#v=1&p=9');
    // The page's own write is not a new link.
    expect(restored).toEqual([7]);
    stop();
  });

  test('a link followed while a change is still to be written opens, and is not overwritten', () => {
    const { tab, store, restored, stop } = bind('https://course.example.org/labs/test/#v=1&p=7');
    store.set({ price: 8 });
    // The learner pastes a colleague's link before the 150 ms pause is over; the write falls due
    // before the browser says the address changed.
    vi.advanceTimersByTime(149);
    tab.follow('#v=1&p=2');
    vi.advanceTimersByTime(1);
    expect(tab.hash).toBe('#v=1&p=2');
    expect(restored).toEqual([7, 2]);
    expect(store.get().price).toBe(2);
    // From then on the page writes again.
    store.set({ price: 3 });
    vi.advanceTimersByTime(150);
    expect(tab.hash).toBe('#v=1&p=3');
    stop();
  });

  test('a heading anchor followed on the page does not stop the scenario being written', () => {
    const { tab, store, restored, stop } = bind('https://course.example.org/labs/test/');
    expect(restored).toEqual([]);
    tab.follow('#chart');
    vi.advanceTimersByTime(2);
    store.set({ price: 4 });
    vi.advanceTimersByTime(150);
    expect(tab.hash).toBe('#v=1&p=4');
    expect(restored).toEqual([]);
    stop();
  });
});
