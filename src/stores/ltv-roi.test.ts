import { beforeEach, describe, expect, test } from 'vitest';
import { LTV_ROI_PRESETS, LTV_ROI_START } from '../scenario/labs/ltv-roi';
import { $ltvRoi, $ltvRoiReport, applyPreset, resetLab, setCurrency, setNumber, setReferralCredit } from './ltv-roi';

beforeEach(() => {
  resetLab();
});

describe('lifetime ROI lab actions', () => {
  test('a number within its limits is set, and the figures follow', () => {
    expect(setNumber('spend', 10000)).toBeUndefined();
    const report = $ltvRoiReport.get();
    if (!report.ok) throw new Error(report.message);
    // 400 customers × 32 first-order margin against 10,000.
    expect(report.campaign.firstSaleRoi).toBeCloseTo(0.28, 12);
  });

  test.each([
    ['spend', 0],
    ['margin', 100.5],
    ['customers', 1.5],
    ['years', 0],
    ['retention', Number.NaN],
  ] as const)('%s = %d is refused with a reason, changing nothing', (key, value) => {
    expect(setNumber(key, value)).toMatch(/Enter a number from/);
    expect($ltvRoi.get()).toEqual(LTV_ROI_START);
  });

  test('retention plus the engagement lift must stay within 0–100%, whichever is changed', () => {
    expect(setNumber('retentionLift', 70)).toMatch(/between -40 and 60 points/);
    expect(setNumber('retentionLift', 20)).toBeUndefined();
    expect(setNumber('retention', 90)).toMatch(/retention must stay between 0% and 80%/);
    expect($ltvRoi.get()).toMatchObject({ retention: 40, retentionLift: 20 });
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
});
