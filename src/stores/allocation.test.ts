import { beforeEach, describe, expect, test } from 'vitest';
import { ALLOCATION_START } from '../scenario/labs/allocation';
import {
  $allocation,
  $allocationReport,
  $revision,
  addTier,
  loadScenario,
  moveTier,
  removeTier,
  renameTier,
  setBudget,
  setTierNumber,
} from './allocation';

beforeEach(() => {
  loadScenario(ALLOCATION_START);
});

describe('allocation lab actions', () => {
  test('the budget and a tier’s numbers are set, and the figures follow', () => {
    expect(setBudget(0)).toBeUndefined();
    const report = $allocationReport.get();
    expect(report.ok && report.strategies.every((s) => s.totalUplift === 0)).toBe(true);
    expect(setTierNumber('customers', 0, 2500)).toBeUndefined();
    expect($allocation.get().customers).toEqual([2500, 8000, 20000]);
  });

  test.each([
    ['a potential below the value now', 'potentials', 0, 900, /cannot be below the value now \(\$1,000\)/],
    ['a value now above the potential', 'values', 2, 200, /cannot be above the potential value \(\$134\)/],
    ['fractional customers', 'customers', 1, 2.5, /Enter a whole number from 0 to/],
    ['a half-response spend of 0', 'halves', 1, 0, /Enter a number from 0.01 to/],
  ] as const)('%s is refused with a reason, changing nothing', (_, column, index, value, message) => {
    expect(setTierNumber(column, index, value)).toMatch(message);
    expect($allocation.get()).toEqual(ALLOCATION_START);
  });

  test('every tier cannot be left without customers', () => {
    setTierNumber('customers', 0, 0);
    setTierNumber('customers', 1, 0);
    expect(setTierNumber('customers', 2, 0)).toBe('At least one tier needs customers: the others have none.');
    expect(removeTier(2)).toBe(false);
  });

  test('tiers can be added up to 8, renamed, moved and removed down to 1', () => {
    const before = $revision.get();
    for (let i = 0; i < 5; i++) expect(addTier()).toBe(true);
    expect(addTier()).toBe(false);
    expect($allocation.get().names).toHaveLength(8);
    expect($allocation.get().names[3]).toBe('Tier 4');
    expect($revision.get()).toBeGreaterThan(before);
    renameTier(0, '  <b>VIP</b>  ');
    expect($allocation.get().names[0]).toBe('<b>VIP</b>');
    expect(moveTier(0, 1)).toBe(true);
    expect($allocation.get().names.slice(0, 2)).toEqual(['Middle', '<b>VIP</b>']);
    expect($allocation.get().customers.slice(0, 2)).toEqual([8000, 2000]);
    expect(moveTier(0, -1)).toBe(false);
    while ($allocation.get().names.length > 1) expect(removeTier(0)).toBe(true);
    expect(removeTier(0)).toBe(false);
  });
});
