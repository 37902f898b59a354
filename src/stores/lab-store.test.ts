import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { defineScenario } from '../scenario/codec';
import { choiceField, numberField } from '../scenario/fields';
import { fakeTab } from './fake-tab';
import { createLabStore } from './lab-store';

interface Shop {
  price: number;
  currency: 'USD' | 'EUR';
}

const definition = defineScenario<Shop>({
  lab: 'shop',
  version: 1,
  fields: [
    { path: 'price', field: numberField({ key: 'p', label: 'Price', default: 5, min: 0, max: 10, decimals: 1 }) },
    {
      path: 'currency',
      field: choiceField({ key: 'cur', label: 'the currency', default: 'USD', options: ['USD', 'EUR'] as const }),
    },
  ],
});

const presets: { id: string; title: string; story: string; state: Shop }[] = [
  {
    id: 'cheap',
    title: 'A cheap shop',
    story: 'Invented for illustration.',
    state: { price: 1, currency: 'USD' as const },
  },
];

function shopLab() {
  // A preset keeps the learner's currency, as the labs with money do.
  return createLabStore(definition, presets, { keep: (current, next) => ({ ...next, currency: current.currency }) });
}

describe('a lab’s presets, Reset and Undo', () => {
  test('a preset replaces the scenario, keeps what it should, and tells its story until the learner edits', () => {
    const lab = shopLab();
    lab.$scenario.set({ price: 7, currency: 'EUR' });
    const revision = lab.$revision.get();
    lab.applyPreset('cheap');
    expect(lab.$scenario.get()).toEqual({ price: 1, currency: 'EUR' });
    expect(lab.$revision.get()).toBe(revision + 1);
    expect(lab.$replacement.get()).toEqual({
      before: { price: 7, currency: 'EUR' },
      story: { title: 'A cheap shop', story: 'Invented for illustration.' },
    });
    lab.$scenario.set({ ...lab.$scenario.get(), price: 2 });
    expect(lab.$replacement.get()).toBeUndefined();
  });

  test('Undo puts back what a preset or Reset replaced, once', () => {
    const lab = shopLab();
    lab.$scenario.set({ price: 7, currency: 'EUR' });
    lab.resetLab();
    expect(lab.$scenario.get()).toEqual({ price: 5, currency: 'EUR' });
    expect(lab.$replacement.get()?.story).toBeUndefined();
    lab.undo();
    expect(lab.$scenario.get()).toEqual({ price: 7, currency: 'EUR' });
    expect(lab.$replacement.get()).toBeUndefined();
    lab.undo();
    expect(lab.$scenario.get()).toEqual({ price: 7, currency: 'EUR' });
  });

  test('an unknown preset changes nothing', () => {
    const lab = shopLab();
    lab.applyPreset('nope');
    expect(lab.$scenario.get()).toEqual({ price: 5, currency: 'USD' });
    expect(lab.$replacement.get()).toBeUndefined();
  });
});

describe('a lab bound to its page', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  test('a link opens its scenario, says so, and Undo no longer applies to what the link replaced', () => {
    const tab = fakeTab('https://course.example.org/labs/shop/');
    const lab = shopLab();
    const stop = lab.bindPage(false);
    expect(lab.$opening.get()).toEqual({ origin: 'start', issues: [] });
    lab.applyPreset('cheap');
    expect(lab.$replacement.get()).toBeDefined();
    tab.follow('#v=1&p=9&cur=EUR');
    vi.advanceTimersByTime(2);
    expect(lab.$scenario.get()).toEqual({ price: 9, currency: 'EUR' });
    expect(lab.$opening.get()).toEqual({ origin: 'link', issues: [] });
    expect(lab.$replacement.get()).toBeUndefined();
    stop();
  });
});
