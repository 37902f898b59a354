import { beforeEach, describe, expect, test } from 'vitest';
import { VALUE_EQUATION_PRESETS, VALUE_EQUATION_START } from '../scenario/labs/value-equation';
import {
  PRICE_AND_HASSLE_ZERO,
  $scenarioRevision,
  $valueEquation,
  $valueEquationReport,
  applyPreset,
  loadScenario,
  resetLab,
  setLever,
  setOfferName,
} from './value-equation';

beforeEach(() => {
  resetLab();
});

describe('value equation lab actions', () => {
  test('a lever within the scale is set, and the figures follow', () => {
    expect(setLever('you', 'hassle', 1)).toBeUndefined();
    expect($valueEquation.get().you.hassle).toBe(1);
    // (7 + 6) ÷ (6 + 1)
    expect($valueEquationReport.get().yourValue).toBeCloseTo(13 / 7, 12);
  });

  test.each([
    ['above the scale', 10.5],
    ['below the scale', -0.5],
    ['finer than one decimal', 4.25],
    ['not a number', Number.NaN],
  ])('a lever value %s is refused and changes nothing', (_name, value) => {
    const before = $valueEquation.get();
    expect(setLever('competitor', 'price', value)).toBe('Enter a number from 0 to 10.');
    expect($valueEquation.get()).toBe(before);
  });

  test('price and hassle cannot both become 0', () => {
    expect(setLever('you', 'price', 0)).toBeUndefined();
    expect(setLever('you', 'hassle', 0)).toBe(PRICE_AND_HASSLE_ZERO);
    expect($valueEquation.get().you).toMatchObject({ price: 0, hassle: 5 });
  });

  test('a name is stored cleaned and capped, as a link would carry it', () => {
    setOfferName('competitor', `  Rival\u0007 ${'x'.repeat(60)}`);
    expect($valueEquation.get().competitorName).toBe(`Rival ${'x'.repeat(34)}`);
  });

  test('loading a scenario copies it and counts the replacement', () => {
    const revision = $scenarioRevision.get();
    const scenario = structuredClone(VALUE_EQUATION_PRESETS[1]?.state ?? VALUE_EQUATION_START);
    loadScenario(scenario);
    scenario.you.price = 9;
    expect($valueEquation.get().you.price).not.toBe(9);
    expect($scenarioRevision.get()).toBe(revision + 1);
  });

  test('presets and reset replace the whole scenario', () => {
    applyPreset('quality-race');
    expect($valueEquation.get().yourName).toBe('Your product');
    resetLab();
    expect($valueEquation.get()).toEqual(VALUE_EQUATION_START);
  });
});
