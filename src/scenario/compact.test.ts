import { describe, expect, test } from 'vitest';
import { compactFragment } from './compact';
import { goldenLinks } from './fixtures/golden-links';
import { decode, defaults, encode, scenarioLabs } from './index';

describe('compactFragment', () => {
  test.each(scenarioLabs)('a %s lab’s starting scenario is just its version', (lab) => {
    expect(compactFragment(lab, encode(lab, defaults(lab)))).toBe('v=1');
  });

  test('keeps only what changed, in the canonical order', () => {
    const state = { ...defaults('ltv-roi'), spend: 35_000, currency: 'EUR' as const };
    expect(compactFragment('ltv-roi', encode('ltv-roi', state))).toBe('v=1&cur=EUR&spend=35000');
  });

  test.each(scenarioLabs)('every golden %s link opens the same scenario from its compact form', (lab) => {
    for (const { fragment } of goldenLinks[lab]) {
      const compact = compactFragment(lab, fragment);
      expect(decode(lab, compact).state).toEqual(decode(lab, fragment).state);
      expect(compact.length).toBeLessThanOrEqual(encode(lab, decode(lab, fragment).state).length);
    }
  });
});
