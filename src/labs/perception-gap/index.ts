/** The say–do gap poll's entry in the registry. */
import { perceptionGapScenario } from '../../scenario/labs/perception-gap';
import { defineScenarioLab } from '../lab';
import { perceptionGapAbout } from './about';
import { perceptionGapBoard } from './board';
import { perceptionGapHeadline } from './headline';
import { perceptionGapReport } from './report';

export const perceptionGapLab = defineScenarioLab({
  about: perceptionGapAbout,
  definition: perceptionGapScenario,
  report: perceptionGapReport,
  headline: perceptionGapHeadline,
  board: perceptionGapBoard,
});
