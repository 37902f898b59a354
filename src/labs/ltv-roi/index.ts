/** The lifetime ROI lab's entry in the registry. */
import { ltvRoiReport } from '../../calc/ltv-roi-report';
import { ltvRoiScenario } from '../../scenario/labs/ltv-roi';
import { defineScenarioLab } from '../lab';
import { ltvRoiAbout } from './about';
import { ltvRoiBoard } from './board';
import { ltvRoiHeadline } from './headline';

export const ltvRoiLab = defineScenarioLab({
  about: ltvRoiAbout,
  definition: ltvRoiScenario,
  report: ltvRoiReport,
  headline: ltvRoiHeadline,
  board: ltvRoiBoard,
});
