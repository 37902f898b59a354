/** The customer value allocation lab's entry in the registry. */
import { allocationReport } from '../../calc/allocation-report';
import { allocationScenario, tiersOf } from '../../scenario/labs/allocation';
import { defineScenarioLab } from '../lab';
import { allocationAbout } from './about';
import { allocationBoard } from './board';
import { allocationHeadline } from './headline';

export const allocationLab = defineScenarioLab({
  about: allocationAbout,
  definition: allocationScenario,
  report: (state) => allocationReport(tiersOf(state), state.budget),
  headline: allocationHeadline,
  board: allocationBoard,
});
