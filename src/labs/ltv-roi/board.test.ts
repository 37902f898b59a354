import { describe, expect, test } from 'vitest';
import { encode } from '../../scenario/index';
import { LTV_ROI_START } from '../../scenario/labs/ltv-roi';
import { boardTable } from '../../workshop/board-table';
import { boardTeams, near, row } from '../board-test-support';

describe('the lifetime ROI lab side by side', () => {
  // Lesson 4's homeware shop: first orders earn 400 × 100 × 40% = 16,000 on 20,000 spent, ROI −20%.
  // The same campaign at twice the spend: (16,000 − 40,000) ÷ 40,000 = −60%.
  const shop = `/labs/ltv-roi/#${encode('ltv-roi', LTV_ROI_START)}`;
  const dear = `/labs/ltv-roi/#${encode('ltv-roi', { ...LTV_ROI_START, spend: 40000 })}`;
  const t = boardTable('ltv-roi', boardTeams(shop, dear));

  test('first-sale ROI is worked out by the lab’s report, and the cheaper campaign is best', () => {
    expect(near(row(t, 'firstSaleRoi').values)).toEqual([-0.2, -0.6]);
    expect(row(t, 'firstSaleRoi').best).toEqual([0]);
    expect(row(t, 'lifetimeRoi').best).toEqual([0]);
    expect(row(t, 'margin').values).toEqual([0.4, 0.4]);
  });

  test('an earlier payback is better; the same lifetime value for both marks no one', () => {
    const payback = row(t, 'paybackYear');
    expect(payback.better).toBe('lower');
    expect(payback.values[0]).toBe(1);
    expect(payback.best).toEqual([0]);
    expect(row(t, 'clv').best).toEqual([]);
  });

  test('with different currencies, money rows are not compared, and rates still are', () => {
    const euro = `/labs/ltv-roi/#${encode('ltv-roi', { ...LTV_ROI_START, currency: 'EUR', firstOrder: 150 })}`;
    const mixed = boardTable('ltv-roi', boardTeams(shop, euro));
    expect(mixed.currencies).toEqual(['USD', 'EUR']);
    expect(row(mixed, 'clv')).toMatchObject({
      best: [],
      note: expect.stringMatching(/different currencies/) as string,
    });
    expect(row(mixed, 'lifetimeRoi').best).toEqual([1]);
  });

  test('the headline for the chart is lifetime ROI', () => {
    expect(t.headline).toMatchObject({ id: 'lifetimeRoi', format: 'roi' });
    expect(t.headline.values).toEqual(row(t, 'lifetimeRoi').values);
    expect(t.problems).toEqual([]);
  });
});
