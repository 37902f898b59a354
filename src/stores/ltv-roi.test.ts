import { beforeEach, describe, expect, test } from 'vitest';
import { LTV_ROI_PRESETS, LTV_ROI_START } from '../scenario/labs/ltv-roi';
import {
  $ltvRoi,
  $ltvRoiReport,
  applyPreset,
  loadScenario,
  resetLab,
  setCurrency,
  setNumber,
  setReferralCredit,
} from './ltv-roi';

beforeEach(() => {
  // Not resetLab: it keeps the currency a test chose.
  loadScenario(LTV_ROI_START);
});

describe('lifetime ROI lab actions', () => {
  test('a number within its limits is set, and the figures follow', () => {
    expect(setNumber('spend', 10000)).toBeUndefined();
    const report = $ltvRoiReport.get();
    if (!report.ok) throw new Error(report.message);
    // 400 customers × 40 first-order margin against 10,000.
    expect(report.campaign.firstSaleRoi).toBeCloseTo(0.6, 12);
  });

  test.each([
    ['spend', 0, /^Enter a number from 1 to/],
    ['margin', 100.5, /^Enter a number from 0 to 100\.$/],
    ['customers', 1.5, /^Enter a whole number from 0 to/],
    ['years', 0, /^Enter a whole number from 1 to/],
    ['retention', Number.NaN, /^Enter a number from 0 to/],
  ] as const)('%s = %d is refused with a reason, changing nothing', (key, value, message) => {
    expect(setNumber(key, value)).toMatch(message);
    expect($ltvRoi.get()).toEqual(LTV_ROI_START);
  });

  test('currency and referral credit change without touching the numbers', () => {
    setCurrency('JPY');
    setReferralCredit('lifetime');
    expect($ltvRoi.get()).toEqual({ ...LTV_ROI_START, currency: 'JPY', referralCredit: 'lifetime' });
  });

  test('a preset replaces the whole campaign, and reset brings the start back', () => {
    const preset = LTV_ROI_PRESETS[2];
    if (!preset) throw new Error('expected three presets');
    applyPreset(preset.id);
    expect($ltvRoi.get()).toEqual(preset.state);
    resetLab();
    expect($ltvRoi.get()).toEqual(LTV_ROI_START);
  });

  test('a preset and a reset keep the currency the learner chose', () => {
    setCurrency('EUR');
    applyPreset('apparel-retailer');
    expect($ltvRoi.get()).toMatchObject({ currency: 'EUR', spend: 30000 });
    resetLab();
    expect($ltvRoi.get()).toEqual({ ...LTV_ROI_START, currency: 'EUR' });
  });
});
