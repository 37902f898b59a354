import { describe, expect, test } from 'vitest';
import { encode } from '../../scenario/index';
import { ALLOCATION_START } from '../../scenario/labs/allocation';
import { boardTable } from '../../workshop/board-table';
import { boardTeams, row } from '../board-test-support';

describe('the allocation lab side by side', () => {
  const start = `/labs/allocation/#${encode('allocation', ALLOCATION_START)}`;
  const none = `/labs/allocation/#${encode('allocation', { ...ALLOCATION_START, budget: 0 })}`;
  const t = boardTable('allocation', boardTeams(start, none));

  test('the best strategy’s uplift and ROI come from the lab’s report', () => {
    expect(row(t, 'bestStrategy').values).toEqual(['Best split', 'Best split']);
    expect(row(t, 'customers').values).toEqual([30000, 30000]);
    // Value now: 2,000 × 1,000 + 8,000 × 300 + 20,000 × 100 = 6,400,000; the most it could add:
    // 2,000 × 170 + 8,000 × 60 + 20,000 × 34 = 1,500,000.
    expect(row(t, 'valueBefore').values).toEqual([6400000, 6400000]);
    expect(row(t, 'totalUpside').values).toEqual([1500000, 1500000]);
    expect(row(t, 'bestUplift').values[1]).toBe(0);
    expect(row(t, 'bestRoi').values[1]).toBe(0);
    expect(row(t, 'bestRoi').best).toEqual([0]);
    expect(t.headline.id).toBe('bestRoi');
  });
});
