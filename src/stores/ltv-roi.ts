/**
 * State of the lifetime-value-credited ROI lab: the campaign as the learner typed it and the figures
 * computed from it. One lab per page, so the stores are module singletons.
 */
import { computed } from 'nanostores';
import type { ReferralCredit } from '../calc/ltv';
import { ltvRoiReport } from '../calc/ltv-roi-report';
import type { Currency } from '../scenario/currency';
import { numberProblem } from '../scenario/fields';
import { LTV_ROI_LIMITS, LTV_ROI_PRESETS, ltvRoiScenario, type LtvRoiNumber } from '../scenario/labs/ltv-roi';
import { createLabStore } from './lab-store';

/** The lab's scenario, presets, reset and input problems (shared lab machinery). */
export const ltvRoiLab = createLabStore(ltvRoiScenario, LTV_ROI_PRESETS, {
  // A preset or Reset changes the campaign, not the currency the learner reports in.
  keep: (current, next) => ({ ...next, currency: current.currency }),
});

export const $ltvRoi = ltvRoiLab.$scenario;

/** The lab's figures. Recomputed only when the scenario changes. */
export const $ltvRoiReport = computed($ltvRoi, ltvRoiReport);

/** The scenario and its figures together, for the chart (one store to listen to). */
export const $ltvRoiChart = computed([$ltvRoi, $ltvRoiReport], (state, report) => ({ state, report }));

/**
 * Sets one number. Returns why, changing nothing, for a value outside the field's limits, so the
 * figures stay valid.
 */
export function setNumber(key: LtvRoiNumber, value: number): string | undefined {
  const problem = numberProblem(LTV_ROI_LIMITS[key], value);
  if (problem) return problem;
  $ltvRoi.set({ ...$ltvRoi.get(), [key]: value });
  return undefined;
}

export function setCurrency(currency: Currency): void {
  $ltvRoi.set({ ...$ltvRoi.get(), currency });
}

export function setReferralCredit(referralCredit: ReferralCredit): void {
  $ltvRoi.set({ ...$ltvRoi.get(), referralCredit });
}

export const { $revision, $inputProblems, setInputProblem, loadScenario, applyPreset, resetLab } = ltvRoiLab;
